from flask import Flask, request, send_file
from flask_login import login_required

from models import Attachment

app = Flask(__name__)


@app.get("/attachments/download")
@login_required
def download_attachment():
    att = Attachment.query.get_or_404(int(request.args["id"]))
    return send_file(att.storage_path, download_name=att.filename, as_attachment=True)
