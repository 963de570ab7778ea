from aiohttp import web
from aiohttp_security import check_authorized


class DocumentView(web.View):
    async def delete(self):
        uid = await check_authorized(self.request)
        doc_id = int(self.request.match_info["doc_id"])
        async with self.request.app["pool"].acquire() as conn:
            status = await conn.execute("DELETE FROM documents WHERE id = $1 AND owner_id = $2", doc_id, int(uid))
        if status == "DELETE 0":
            raise web.HTTPNotFound()
        return web.Response(status=204)


def setup_routes(app):
    app.router.add_view("/documents/{doc_id}", DocumentView)
