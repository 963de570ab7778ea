from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, fallback="/"):
    candidate = request.GET.get("next") or request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}, require_https=True):
        return candidate
    return fallback
