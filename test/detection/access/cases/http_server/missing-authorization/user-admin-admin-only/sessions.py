from http.cookies import SimpleCookie

from users import session_table


def current_user(headers):
    cookie = SimpleCookie(headers.get("Cookie", ""))
    morsel = cookie.get("sid")
    if morsel is None:
        return None
    return session_table.get(morsel.value)
