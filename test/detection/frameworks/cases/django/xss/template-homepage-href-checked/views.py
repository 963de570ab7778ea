from urllib.parse import urlsplit

from django.shortcuts import render


def safe_homepage(url):
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    return ""


def profile_preview(request):
    context = {
        "display_name": request.POST.get("display_name", ""),
        "homepage": safe_homepage(request.POST.get("homepage", "")),
    }
    return render(request, "profiles/preview.html", context)
