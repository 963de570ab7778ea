from django.shortcuts import redirect

THEMES = {"light": "light", "dark": "dark", "contrast": "high-contrast"}


def set_theme(request):
    theme = THEMES.get(request.GET.get("theme", ""), "light")
    response = redirect("catalog:home")
    response.set_cookie("theme", theme, max_age=3600 * 24 * 365, samesite="Lax", secure=True)
    return response
