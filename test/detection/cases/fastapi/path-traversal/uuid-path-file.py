from pathlib import Path
from uuid import UUID

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
PHOTOS = Path("/var/lib/inventory/photos")


@app.get("/photos/{photo_id}")
def photo(photo_id: UUID):
    return FileResponse(PHOTOS / f"{photo_id}.jpg", media_type="image/jpeg")
