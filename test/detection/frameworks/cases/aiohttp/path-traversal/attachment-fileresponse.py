import os

from aiohttp import web

ATTACHMENTS = "/var/lib/helpdesk/attachments"


async def attachment(request):
    name = request.match_info["name"]
    return web.FileResponse(os.path.join(ATTACHMENTS, request.match_info["ticket"], name))


app = web.Application()
app.router.add_get("/tickets/{ticket}/attachments/{name:.+}", attachment)
