import sqlite3

from aiohttp import web


class CommentsView(web.View):
    async def post(self):
        data = await self.request.post()
        post_id = int(self.request.match_info["post_id"])
        with sqlite3.connect("blog.db") as conn:
            conn.execute(
                "INSERT INTO comments (post_id, author, body) VALUES (?, ?, ?)",
                (post_id, data["author"], data["body"]),
            )
        raise web.HTTPSeeOther(f"/posts/{post_id}")


app = web.Application()
app.router.add_view("/posts/{post_id}/comments", CommentsView)
