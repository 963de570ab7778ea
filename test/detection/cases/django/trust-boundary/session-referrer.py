from django.shortcuts import redirect


def landing(request):
    affiliate = request.GET.get("aff")
    if affiliate:
        request.session["affiliate_code"] = affiliate
        request.session.modified = True
    return redirect("catalog:home")
