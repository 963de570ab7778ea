import os
import subprocess

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/app/uploads"


@app.post("/extract")
def extract():
    upload = request.files["pdf"]
    saved = os.path.join(UPLOADS, secure_filename(upload.filename) or "upload.pdf")
    upload.save(saved)
    text = subprocess.run(["pdftotext", "-layout", saved, "-"], capture_output=True, text=True).stdout
    return {"text": text}
