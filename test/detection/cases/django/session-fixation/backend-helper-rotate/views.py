from django.shortcuts import redirect, render

from .backends import start_partner_session, verify_partner


def partner_login(request):
    if request.method == "POST":
        partner = verify_partner(request.POST["code"], request.POST["secret"])
        if partner is not None:
            start_partner_session(request, partner)
            return redirect("partners:portal")
    return render(request, "partners/login.html")
