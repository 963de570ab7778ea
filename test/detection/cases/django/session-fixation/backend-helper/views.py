from django.shortcuts import redirect, render

from .backends import verify_partner


def partner_login(request):
    if request.method == "POST":
        partner = verify_partner(request.POST["code"], request.POST["secret"])
        if partner is not None:
            request.session["partner_id"] = partner.pk
            return redirect("partners:portal")
    return render(request, "partners/login.html")
