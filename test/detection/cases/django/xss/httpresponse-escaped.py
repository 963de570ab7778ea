from django.http import HttpResponse
from django.utils.html import escape


def welcome(request):
    name = escape(request.GET.get("name", "guest"))
    body = "<html><body><h1>Welcome back, %s!</h1></body></html>" % name
    return HttpResponse(body)
