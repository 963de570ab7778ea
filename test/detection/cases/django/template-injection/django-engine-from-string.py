from django.http import HttpResponse
from django.template import engines


def banner(request):
    headline = request.GET.get("headline", "Summer sale")
    django_engine = engines["django"]
    template = django_engine.from_string("<div class='banner'><h2>" + headline + "</h2>{{ cta }}</div>")
    return HttpResponse(template.render({"cta": "Shop now"}, request))
