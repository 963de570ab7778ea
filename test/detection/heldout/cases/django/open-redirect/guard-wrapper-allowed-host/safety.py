from django.utils.http import url_has_allowed_host_and_scheme


def safe_for_redirect(url, request):
    return url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
