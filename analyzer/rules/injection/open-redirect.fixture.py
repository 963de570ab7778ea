from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from urllib.parse import urlencode

PROVIDER_URL = "https://accounts.example.com/authorize"


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


def to_https(request):
    # get_host() is the Host Django checked against ALLOWED_HOSTS: the site the browser asked for.
    if not request.is_secure():
        return HttpResponseRedirect("https://%s%s" % (request.get_host(), request.get_full_path()))  # ok: PY-INJ-REDIRECT
    return HttpResponseRedirect("https://%s/" % request.GET.get("host"))  # expect: PY-INJ-REDIRECT


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


def login_checked(request):
    # The guard's answer kept in a variable speaks for the value it checked.
    nxt = request.POST.get("next", "")
    url_is_safe = url_has_allowed_host_and_scheme(url=nxt, allowed_hosts={request.get_host()})
    if request.POST.get("keep"):
        return redirect(nxt if url_is_safe else "/")  # ok: PY-INJ-REDIRECT
    if not url_is_safe:
        nxt = "/"
    return redirect(nxt)  # ok: PY-INJ-REDIRECT


def login_unchecked(request):
    nxt = request.POST.get("next", "")
    url_is_safe = url_has_allowed_host_and_scheme(url=request.POST.get("other", ""), allowed_hosts=None)
    return redirect(nxt if url_is_safe else "/")  # expect: PY-INJ-REDIRECT


def provider_login(request, authorize_url):
    # Request data only fills the query string: urlencode leaves no '/' or ':' to name another host.
    params = {"state": request.GET.get("state", ""), "scope": request.GET.get("scope", "")}
    if request.GET.get("fixed"):
        return redirect("%s?%s" % (PROVIDER_URL, urlencode(params)))  # ok: PY-INJ-REDIRECT
    return redirect("%s?%s" % (request.GET.get("to", ""), urlencode(params)))  # expect: PY-INJ-REDIRECT


def set_language(request):
    # Past the if, next is either empty or passed the guard.
    nxt = request.POST.get("next", request.GET.get("next"))
    if (nxt or request.accepts("text/html")) and not url_has_allowed_host_and_scheme(url=nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    if request.POST.get("unsafe"):
        nxt2 = request.POST.get("next2")
        if request.accepts("text/html") and not url_has_allowed_host_and_scheme(url=nxt2, allowed_hosts=None):
            nxt2 = "/"
        return redirect(nxt2)  # expect: PY-INJ-REDIRECT
    return redirect(nxt)  # ok: PY-INJ-REDIRECT


def moved_list(request, list_id):
    # The path is this site's own (list_id replaced away); the client's query only follows the '?'.
    url = request.path.replace(list_id, "archive", 1)
    if request.GET.get("reason"):
        return redirect(PROVIDER_URL + "?reason=%s" % request.GET.get("reason"))  # ok: PY-INJ-REDIRECT
    if request.GET:
        url = "%s?%s" % (url, request.GET.urlencode())
        return redirect(url)  # ok: PY-INJ-REDIRECT
    # With the path "/" this is "//" + page: a host of the client's choosing.
    return redirect("%s/%s" % (url, request.GET.get("page", "")))  # expect: PY-INJ-REDIRECT


def moved_elsewhere(request):
    target = request.GET.get("to", "")
    return redirect(target + "?from=" + request.path)  # expect: PY-INJ-REDIRECT


def filtered(request):
    # An object built from the request (its class out of sight) gives this site's path for itself by
    # Django's get_absolute_url contract; its other methods may return anything the request held.
    table = build_table(request.POST)
    if request.POST.get("back"):
        return redirect(table.get_absolute_url())  # ok: PY-INJ-REDIRECT
    return redirect(table.get_filter_url())  # expect: PY-INJ-REDIRECT


class OAuthClient:
    def __init__(self, client_id):
        self.client_id = client_id

    def redirect_url(self, authorization_url, action):
        # The base is the caller's; what the caller's request picks only fills the query.
        return "%s?client_id=%s&action=%s" % (authorization_url, self.client_id, action)


def oauth_login(request):
    client = OAuthClient("app")
    action = request.GET.get("action", "authenticate")
    if request.GET.get("here"):
        return redirect(client.redirect_url(request.GET.get("here"), "login"))  # expect: PY-INJ-REDIRECT
    return HttpResponseRedirect(client.redirect_url(PROVIDER_URL, action))  # ok: PY-INJ-REDIRECT


def console(request):
    # Service calls handed the request: the console URL is the compute service's, not the id.
    from openstack_dashboard import api

    instance = api.nova.server_get(request, request.GET["instance"])
    console_url = api.nova.get_console(request, "VNC", instance)[1]
    if request.GET.get("raw"):
        return redirect(api.nova.console_for(request, request.GET.get("raw")))  # expect: PY-INJ-REDIRECT
    return redirect(console_url)  # ok: PY-INJ-REDIRECT


def remote_console(request):
    nova = compute_client()
    console = nova.servers.get_vnc_console(request.GET["instance"], "novnc")
    return redirect(console["console"]["url"])  # ok: PY-INJ-REDIRECT


def compute_client():
    return object()


def logout_next(request):
    # A path with one leading slash and no backslash stays on this site; `//host` and `/\host` do not.
    target = request.GET.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)  # ok: PY-INJ-REDIRECT


def logout_next_slashes_only(request):
    # Without the backslash check, `/\evil.example` is read by browsers as `//evil.example`.
    target = request.GET.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)  # expect: PY-INJ-REDIRECT
