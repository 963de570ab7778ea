from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.endpoints import HTTPEndpoint
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from wiki.auth import CookieBackend
from wiki.pages import pages


class Page(HTTPEndpoint):
    @requires("authenticated")
    async def get(self, request):
        page = await pages.get(request.path_params["slug"])
        return JSONResponse({"slug": page.slug, "body": page.body})

    @requires("authenticated")
    async def put(self, request):
        body = await request.json()
        await pages.save(request.path_params["slug"], body["body"], editor=request.user.display_name)
        return Response(status_code=204)

    @requires("authenticated")
    async def delete(self, request):
        await pages.delete(request.path_params["slug"])
        return Response(status_code=204)


app = Starlette(
    routes=[Route("/pages/{slug}", Page)],
    middleware=[Middleware(AuthenticationMiddleware, backend=CookieBackend())],
)
