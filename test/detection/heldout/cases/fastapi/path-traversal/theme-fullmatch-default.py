import re
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
THEMES = Path("/srv/app/themes")
SAFE_NAME = re.compile(r"[a-z0-9_-]+\.css")


@app.get("/theme.css")
def theme(name: str = "default.css"):
    if not SAFE_NAME.fullmatch(name):
        name = "default.css"
    return FileResponse(THEMES / name, media_type="text/css")
