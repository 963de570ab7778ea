from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def share_link(request):
    label = request.GET.get("label", "Shared list")
    url = request.build_absolute_uri("/lists/shared/")
    link = format_html('<a class="share" href="{}">{}</a>', url, label)
    return HttpResponse(mark_safe(f"<p>{link}</p>"))
