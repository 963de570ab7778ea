import pickle

from aiohttp import web


async def enqueue(request):
    job = pickle.loads(await request.read())
    await request.app["queue"].put(job)
    return web.json_response({"queued": True}, status=202)


app = web.Application()
app.router.add_post("/jobs", enqueue)
