from django.http import HttpResponse


def welcome(request):
    name = request.GET.get("name", "guest")
    body = "<html><body><h1>Welcome back, %s!</h1></body></html>" % name
    return HttpResponse(body)
