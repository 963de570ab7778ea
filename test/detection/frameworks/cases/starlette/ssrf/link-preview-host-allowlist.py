from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

ALLOWED_HOSTS = {"youtube.com", "www.youtube.com", "vimeo.com"}


async def link_preview(request):
    url = request.query_params["url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return JSONResponse({"error": "host not allowed"}, status_code=400)
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)
    return JSONResponse({"status": resp.status_code})


app = Starlette(routes=[Route("/preview", link_preview)])
