import asyncio

from aiohttp import web


async def whois(request):
    domain = request.query["domain"]
    proc = await asyncio.create_subprocess_shell(f"whois {domain}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode(errors="replace"))


app = web.Application()
app.add_routes([web.get("/tools/whois", whois)])
