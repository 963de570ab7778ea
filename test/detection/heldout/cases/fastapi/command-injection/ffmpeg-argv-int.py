import subprocess
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
WORK = Path("/srv/app/media")


@app.post("/thumbnails")
async def thumbnail(video: UploadFile, width: int = 320):
    src = WORK / f"{uuid.uuid4().hex}.mp4"
    dst = src.with_suffix(".jpg")
    src.write_bytes(await video.read())
    subprocess.run(["ffmpeg", "-y", "-i", str(src), "-frames:v", "1", "-vf", f"scale={width}:-1", str(dst)], check=True)
    return {"thumbnail": dst.name}
