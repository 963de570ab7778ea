import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def link_preview(request):
    url = request.query_params["url"]
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.get(url)
    title = resp.text.split("<title>", 1)[-1].split("</title>", 1)[0][:200]
    return JSONResponse({"status": resp.status_code, "title": title})


app = Starlette(routes=[Route("/preview", link_preview)])
