from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    nxt = request.GET.get("next", "/")
    if request.GET.get("checked"):
        if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
            return redirect(nxt)  # ok: PY-INJ-REDIRECT
        return redirect("/")  # ok: PY-INJ-REDIRECT
    if request.GET.get("profile"):
        return redirect(f"/profile/{nxt}")  # ok: PY-INJ-REDIRECT
    return HttpResponseRedirect(nxt)  # expect: PY-INJ-REDIRECT
