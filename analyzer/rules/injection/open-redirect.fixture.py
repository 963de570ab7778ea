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


def refresh(request):
    # The current page of this site: a redirect to it stays on the site.
    if request.GET.get("full"):
        return redirect(request.get_full_path())  # ok: PY-INJ-REDIRECT
    return HttpResponseRedirect(request.path)  # ok: PY-INJ-REDIRECT


def safe_for_redirect(request, url):
    return url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()})


def login_next(request):
    nxt = request.POST.get("next", "/")
    if safe_for_redirect(request, nxt):
        return redirect(nxt)  # ok: PY-INJ-REDIRECT
    return redirect(request.POST.get("fallback", "/"))  # expect: PY-INJ-REDIRECT


def logout_next(request):
    nxt = request.GET.get("next", "/")
    if not safe_for_redirect(request, nxt):
        nxt = "/"
    return redirect(nxt)  # ok: PY-INJ-REDIRECT
