import ipaddress
import subprocess

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def ping(request):
    form = await request.form()
    try:
        host = str(ipaddress.ip_address(form.get("host", "")))
    except ValueError:
        return PlainTextResponse("invalid address", status_code=400)
    proc = subprocess.run(["ping", "-c", "2", host], capture_output=True, text=True, timeout=10)
    return PlainTextResponse(proc.stdout)


app = Starlette(routes=[Route("/tools/ping", ping, methods=["POST"])])
