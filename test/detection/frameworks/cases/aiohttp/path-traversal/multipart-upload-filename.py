from aiohttp import web

INBOX = "/srv/inbox"


async def upload(request):
    reader = await request.multipart()
    part = await reader.next()
    with open(f"{INBOX}/{part.filename}", "wb") as fh:
        while chunk := await part.read_chunk():
            fh.write(chunk)
    return web.json_response({"saved": part.filename}, status=201)


app = web.Application(client_max_size=50 * 1024 * 1024)
app.router.add_post("/inbox", upload)
