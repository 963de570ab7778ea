import subprocess

from flask import Flask, request

from schemas import ThumbnailRequest

app = Flask(__name__)
MEDIA = "/srv/media"


@app.post("/thumbnails")
def thumbnail():
    data = ThumbnailRequest().load(request.get_json())
    cmd = f"convert {MEDIA}/originals/image.png -resize {data['size']} {MEDIA}/thumbs/out.png"
    subprocess.run(cmd, shell=True, check=True)
    return {"status": "ok"}
