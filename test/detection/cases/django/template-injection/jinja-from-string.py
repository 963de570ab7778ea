from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from jinja2 import Environment, select_autoescape

env = Environment(autoescape=select_autoescape(["html"]))


@staff_member_required
def preview_email(request):
    body = request.POST.get("body", "")
    template = env.from_string(body)
    html = template.render(customer={"first_name": "Ada", "last_name": "Lovelace"}, order_id=1042)
    return HttpResponse(html)
