from urllib.parse import quote

LEGACY_PORTAL = "https://portal.example.internal/cgi-bin/login"


def legacy_login_url(username: str, password: str) -> str:
    return f"{LEGACY_PORTAL}?user={quote(username)}&pass={quote(password)}"
