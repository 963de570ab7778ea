from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
LABEL_DIR = Path("/var/lib/inventory/labels").resolve()


@app.get("/labels/{label_name}")
def get_label(label_name: str):
    label_path = (LABEL_DIR / label_name).resolve()
    if not label_path.is_relative_to(LABEL_DIR):
        raise HTTPException(status_code=404, detail="label not found")
    return FileResponse(label_path, media_type="application/pdf")
