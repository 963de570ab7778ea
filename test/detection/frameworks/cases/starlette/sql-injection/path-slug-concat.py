import sqlite3

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def article_detail(request):
    slug = request.path_params["slug"]
    with sqlite3.connect("blog.db") as conn:
        row = conn.execute("SELECT title, body FROM articles WHERE slug = '" + slug + "'").fetchone()
    if row is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    return JSONResponse({"title": row[0], "body": row[1]})


routes = [Route("/articles/{slug}", article_detail)]
app = Starlette(routes=routes)
