from aiohttp import web


async def search(request):
    q = request.query.get("q", "")
    html = f"<h2>Results for {q}</h2><p>No matches found.</p>"
    return web.Response(text=html, content_type="text/html")


app = web.Application()
app.router.add_get("/search", search)
