import os

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse
from starlette.routing import Route


def run_backup(label):
    os.system(f"tar czf /backups/{label}.tar.gz /srv/data")


async def start_backup(request):
    form = await request.form()
    label = form.get("label", "nightly")
    return JSONResponse({"scheduled": label}, status_code=202, background=BackgroundTask(run_backup, label))


app = Starlette(routes=[Route("/backups", start_backup, methods=["POST"])])
