from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.endpoints import HTTPEndpoint
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .auth import TokenBackend
from .db import webhooks


class WebhookList(HTTPEndpoint):
    @requires("authenticated")
    async def get(self, request):
        return JSONResponse(await webhooks.for_user(request.user.id))

    async def post(self, request):
        body = await request.json()
        await webhooks.create(url=body["url"], events=body["events"], owner_id=body["owner_id"])
        return Response(status_code=201)


app = Starlette(
    routes=[Route("/webhooks", WebhookList)],
    middleware=[Middleware(AuthenticationMiddleware, backend=TokenBackend())],
)
