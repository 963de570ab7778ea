from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import RedirectResponse
from starlette.routing import Route

from accounts import check_credentials


async def login(request):
    form = await request.form()
    user = await check_credentials(form.get("email", ""), form.get("password", ""))
    if user is None:
        return RedirectResponse("/login?failed=1", status_code=303)
    request.session.clear()
    request.session["uid"] = user.id
    return RedirectResponse(form.get("next") or "/", status_code=303)


app = Starlette(
    routes=[Route("/login", login, methods=["POST"])],
    middleware=[Middleware(SessionMiddleware, secret_key="change-me-in-env")],
)
