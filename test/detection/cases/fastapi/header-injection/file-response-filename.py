from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
LABELS = Path("/srv/labels")


@app.get("/labels/{label_id}/download")
def download_label(label_id: int, download_name: str = "label"):
    pdf = LABELS / f"{label_id}.pdf"
    if not pdf.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(pdf, media_type="application/pdf", filename=f"{download_name}.pdf")
