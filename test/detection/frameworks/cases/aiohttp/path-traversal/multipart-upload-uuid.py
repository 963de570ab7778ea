import uuid

from aiohttp import web

INBOX = "/srv/inbox"


async def upload(request):
    reader = await request.multipart()
    part = await reader.next()
    stored = uuid.uuid4().hex
    with open(f"{INBOX}/{stored}", "wb") as fh:
        while chunk := await part.read_chunk():
            fh.write(chunk)
    await request.app["db"].record_upload(stored, original=part.filename)
    return web.json_response({"id": stored}, status=201)


app = web.Application(client_max_size=50 * 1024 * 1024)
app.router.add_post("/inbox", upload)
