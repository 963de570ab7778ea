from aiohttp import web
from aiohttp_session import get_session

from .search import rebuild_index


@web.middleware
async def staff_only(request, handler):
    session = await get_session(request)
    if not session.get("staff_id"):
        raise web.HTTPFound("/login")
    return await handler(request)


async def dashboard(request):
    return web.json_response({"indexed": request.app["stats"]["docs"]})


async def reindex(request):
    await rebuild_index(request.config_dict["db"])
    return web.json_response({"started": True}, status=202)


def create_app():
    app = web.Application()
    admin = web.Application(middlewares=[staff_only])
    admin.router.add_get("/", dashboard)
    admin.router.add_post("/reindex", reindex)
    app.add_subapp("/admin/", admin)
    return app
