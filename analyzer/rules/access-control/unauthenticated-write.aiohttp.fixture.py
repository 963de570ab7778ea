# aiohttp: a sub-application's middleware guards its own routes only; the main app's routes stand outside it.
from aiohttp import web
from aiohttp_session import get_session

from .search import rebuild_index


@web.middleware
async def require_login(request, handler):
    session = await get_session(request)
    if not session.get("user_id"):
        raise web.HTTPFound("/login")
    return await handler(request)


async def dashboard(request):
    return web.json_response({"ok": True})


async def reindex(request):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    await rebuild_index(request.config_dict["db"])
    return web.json_response({"started": True}, status=202)


async def reindex_guarded(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    await rebuild_index(request.config_dict["db"])
    return web.json_response({"started": True}, status=202)


def create_app():
    app = web.Application()
    admin = web.Application(middlewares=[require_login])
    admin.router.add_get("/", dashboard)
    admin.router.add_post("/reindex", reindex_guarded)
    app.router.add_post("/admin/reindex", reindex)
    app.add_subapp("/admin/", admin)
    return app
