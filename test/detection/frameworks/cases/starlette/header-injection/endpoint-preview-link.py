from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.responses import JSONResponse
from starlette.routing import Route

from docs_store import load_page


class PageEndpoint(HTTPEndpoint):
    async def get(self, request):
        slug = request.path_params["slug"]
        page = await load_page(slug)
        response = JSONResponse(page)
        response.headers["Link"] = f"</docs/{slug}/print>; rel=alternate; media=print"
        return response


app = Starlette(routes=[Route("/docs/{slug}", PageEndpoint)])
