from django.http import HttpResponse
from django.utils.html import format_html


def profile_badge(request):
    display_name = request.GET.get("display_name", "")
    badge = format_html(f"<span class='badge'>{display_name}</span>")
    return HttpResponse(format_html("<div class='profile'>{}</div>", badge))
