from aiohttp import web


async def search(request):
    q = request.query.get("q", "")
    return web.json_response({"query": q, "results": [], "message": f"No results for {q}"})


app = web.Application()
app.router.add_get("/api/search", search)
