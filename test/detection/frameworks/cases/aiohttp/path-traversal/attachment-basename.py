import os

from aiohttp import web

ATTACHMENTS = "/var/lib/helpdesk/attachments"


async def attachment(request):
    ticket = os.path.basename(request.match_info["ticket"])
    name = os.path.basename(request.match_info["name"])
    path = os.path.join(ATTACHMENTS, ticket, name)
    if not ticket or not name or not os.path.isfile(path):
        raise web.HTTPNotFound()
    return web.FileResponse(path)


app = web.Application()
app.router.add_get("/tickets/{ticket}/attachments/{name}", attachment)
