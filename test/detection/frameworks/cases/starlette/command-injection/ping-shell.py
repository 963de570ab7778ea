import subprocess

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def ping(request):
    form = await request.form()
    host = form.get("host", "")
    proc = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True, timeout=10)
    return PlainTextResponse(proc.stdout)


app = Starlette(routes=[Route("/tools/ping", ping, methods=["POST"])])
