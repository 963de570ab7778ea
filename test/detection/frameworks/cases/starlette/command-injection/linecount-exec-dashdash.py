import asyncio

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def count_lines(request):
    payload = await request.json()
    name = str(payload.get("file", ""))
    proc = await asyncio.create_subprocess_exec(
        "wc", "-l", "--", name, cwd="/srv/exports", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return JSONResponse({"lines": out.decode().split()[0] if out else None})


app = Starlette(routes=[Route("/exports/lines", count_lines, methods=["POST"])])
