from aiohttp import web
from aiohttp_security import authorized_userid, check_authorized

from tokens import repo

routes = web.RouteTableDef()


@routes.get("/api/tokens")
async def list_tokens(request):
    user_id = await check_authorized(request)
    return web.json_response([t.public() for t in await repo.for_user(user_id)])


@routes.post("/api/tokens")
async def create_token(request):
    user_id = await check_authorized(request)
    body = await request.json()
    token = await repo.issue(user_id, body.get("name", "cli"))
    return web.json_response({"token": token.secret}, status=201)


@routes.delete("/api/tokens/{token_id}")
async def revoke_token(request):
    user_id = await check_authorized(request)
    await repo.revoke(user_id, request.match_info["token_id"])
    return web.Response(status=204)


def build_app(policy, identity):
    from aiohttp_security import setup as setup_security

    app = web.Application()
    app.add_routes(routes)
    setup_security(app, identity, policy)
    return app
