from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
LABEL_DIR = Path("/var/lib/inventory/labels")


@app.get("/labels/{label_name}")
def get_label(label_name: str):
    label_path = LABEL_DIR / label_name
    return FileResponse(label_path, media_type="application/pdf")
