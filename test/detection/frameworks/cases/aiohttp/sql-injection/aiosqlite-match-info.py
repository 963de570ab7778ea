import aiosqlite
from aiohttp import web


async def posts_by_tag(request):
    tag = request.match_info["tag"]
    async with aiosqlite.connect("blog.db") as db:
        async with db.execute("SELECT slug, title FROM posts WHERE tags LIKE '%%%s%%'" % tag) as cur:
            posts = [{"slug": s, "title": t} for s, t in await cur.fetchall()]
    return web.json_response(posts)


app = web.Application()
app.router.add_get("/tags/{tag}", posts_by_tag)
