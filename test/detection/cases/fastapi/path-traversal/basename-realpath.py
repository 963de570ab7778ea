import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORTS = os.path.realpath("/var/lib/inventory/exports")


@app.get("/exports/{name}")
def export_file(name: str):
    path = os.path.realpath(os.path.join(EXPORTS, os.path.basename(name)))
    if not path.startswith(EXPORTS + os.sep):
        raise HTTPException(404)
    return FileResponse(path)
