LEGACY_PORTAL = "https://portal.example.internal/cgi-bin/login"


def legacy_login_form(username: str, password: str) -> dict:
    return {"action": LEGACY_PORTAL, "fields": {"user": username, "pass": password}}
