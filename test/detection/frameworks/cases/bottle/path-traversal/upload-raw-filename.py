import os

from bottle import Bottle, HTTPError, request

app = Bottle()
UPLOAD_DIR = "/srv/uploads"


@app.post("/attachments")
def upload_attachment():
    upload = request.files.get("attachment")
    if upload is None:
        raise HTTPError(400, "no file")
    destination = os.path.join(UPLOAD_DIR, upload.raw_filename)
    upload.save(destination, overwrite=True)
    return {"stored": upload.raw_filename}
