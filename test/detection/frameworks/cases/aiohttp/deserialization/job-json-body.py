from aiohttp import web

ALLOWED_TASKS = {"resize", "transcode", "index"}


async def enqueue(request):
    job = await request.json()
    if job.get("task") not in ALLOWED_TASKS:
        raise web.HTTPBadRequest(text="unknown task")
    await request.app["queue"].put({"task": job["task"], "args": list(job.get("args", []))})
    return web.json_response({"queued": True}, status=202)


app = web.Application()
app.router.add_post("/jobs", enqueue)
