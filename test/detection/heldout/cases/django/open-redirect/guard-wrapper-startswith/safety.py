def safe_for_redirect(url, request):
    return bool(url) and url.startswith("/")
