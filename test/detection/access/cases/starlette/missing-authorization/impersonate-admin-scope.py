from starlette.applications import Starlette
from starlette.authentication import AuthCredentials, AuthenticationBackend, SimpleUser, requires
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from support import staff_directory, tokens


class BearerBackend(AuthenticationBackend):
    async def authenticate(self, conn):
        header = conn.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return None
        claims = await tokens.verify(header[7:])
        if claims is None:
            return None
        scopes = ["authenticated"] + (["admin"] if claims.get("staff") else [])
        return AuthCredentials(scopes), SimpleUser(claims["sub"])


@requires("authenticated")
async def whoami(request):
    return JSONResponse({"user": request.user.username})


@requires(["authenticated", "admin"], status_code=403)
async def impersonate(request):
    target = request.path_params["username"]
    session_token = await tokens.issue_for(target, issued_by=request.user.username)
    await staff_directory.audit("impersonate", request.user.username, target)
    return JSONResponse({"token": session_token})


app = Starlette(
    routes=[
        Route("/whoami", whoami),
        Route("/admin/impersonate/{username}", impersonate, methods=["POST"]),
    ],
    middleware=[Middleware(AuthenticationMiddleware, backend=BearerBackend())],
)
