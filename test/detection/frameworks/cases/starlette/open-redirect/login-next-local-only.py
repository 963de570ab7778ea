from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

from accounts import check_credentials


def local_target(value):
    if not value:
        return "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


async def login(request):
    form = await request.form()
    user = await check_credentials(form.get("email", ""), form.get("password", ""))
    if user is None:
        return RedirectResponse("/login?failed=1", status_code=303)
    request.session.clear()
    request.session["uid"] = user.id
    return RedirectResponse(local_target(form.get("next")), status_code=303)


app = Starlette(routes=[Route("/login", login, methods=["POST"])])
