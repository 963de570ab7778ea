from django.http import HttpResponse

from .templatetags.shop_extras import highlight


def snippet(request):
    term = request.GET.get("q", "")
    body = highlight("Organic cotton t-shirt, relaxed fit", term)
    return HttpResponse("<p>" + body + "</p>")
