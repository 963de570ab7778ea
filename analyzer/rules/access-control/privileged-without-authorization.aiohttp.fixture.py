# aiohttp middlewares in front of admin sub-applications: one that reads a staff key of the session checks
# a role; one that only checks that someone is signed in authorizes nothing.
from aiohttp import web
from aiohttp_session import get_session

from .search import purge_accounts, rebuild_index


@web.middleware
async def staff_only(request, handler):
    session = await get_session(request)
    if not session.get("staff_id"):
        raise web.HTTPFound("/login")
    return await handler(request)


@web.middleware
async def signed_in(request, handler):
    session = await get_session(request)
    if not session.get("user_id"):
        raise web.HTTPFound("/login")
    return await handler(request)


async def reindex(request):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    await rebuild_index(request.config_dict["db"])
    return web.json_response({"started": True}, status=202)


async def purge(request):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    await purge_accounts(request.config_dict["db"])
    return web.json_response({"purged": True})


def create_app():
    app = web.Application()
    staff = web.Application(middlewares=[staff_only])
    staff.router.add_post("/reindex", reindex)
    app.add_subapp("/admin/", staff)
    ops = web.Application(middlewares=[signed_in])
    ops.router.add_post("/purge", purge)
    app.add_subapp("/admin/accounts/", ops)
    return app
