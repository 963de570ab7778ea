import asyncio
import re

from aiohttp import web

DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+")


async def whois(request):
    domain = request.query.get("domain", "").lower()
    if not DOMAIN.fullmatch(domain):
        raise web.HTTPBadRequest(text="invalid domain")
    proc = await asyncio.create_subprocess_exec("whois", domain, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode(errors="replace"))


app = web.Application()
app.add_routes([web.get("/tools/whois", whois)])
