from django.http import HttpResponse
from jinja2 import Template

RECEIPT = Template(
    "<p>Thanks {{ name|e }}, your gift message was saved:</p><blockquote>{{ message|e }}</blockquote>"
)


def gift_message(request):
    name = request.POST.get("name", "")
    message = request.POST.get("message", "")
    return HttpResponse(RECEIPT.render(name=name, message=message))
