from django.contrib.auth.decorators import login_required
from django.shortcuts import render

THEMES = {"light", "dark", "contrast"}


@login_required
def settings_page(request):
    theme = request.COOKIES.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    is_admin = request.user.is_superuser
    return render(request, "settings.html", {"theme": theme, "show_admin_link": is_admin})
