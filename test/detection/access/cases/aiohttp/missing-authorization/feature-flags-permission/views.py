from aiohttp import web
from aiohttp_security import check_authorized, check_permission

from flags import store


class FlagView(web.View):
    async def get(self):
        await check_authorized(self.request)
        return web.json_response(await store.get(self.request.match_info["name"]))

    async def put(self):
        await check_permission(self.request, "flags.admin")
        data = await self.request.json()
        await store.set(self.request.match_info["name"], enabled=bool(data["enabled"]), rollout=int(data.get("rollout", 100)))
        return web.json_response({"updated": self.request.match_info["name"]})
