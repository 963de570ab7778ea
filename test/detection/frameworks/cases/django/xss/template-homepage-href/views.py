from django.shortcuts import render


def profile_preview(request):
    context = {
        "display_name": request.POST.get("display_name", ""),
        "homepage": request.POST.get("homepage", ""),
    }
    return render(request, "profiles/preview.html", context)
