from django.http import HttpResponseNotFound


def page_not_found(request, exception=None):
    return HttpResponseNotFound(
        "<h1>Not found</h1><p>The page <code>" + request.path + "</code> does not exist.</p>"
    )
