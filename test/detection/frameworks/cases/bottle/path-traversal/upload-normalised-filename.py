from bottle import Bottle, HTTPError, request

app = Bottle()
UPLOAD_DIR = "/srv/uploads"


@app.post("/attachments")
def upload_attachment():
    upload = request.files.get("attachment")
    if upload is None:
        raise HTTPError(400, "no file")
    upload.save(UPLOAD_DIR, overwrite=True)
    return {"stored": upload.filename}
