from flask import Flask, request, send_file
from flask_login import current_user, login_required

from models import Attachment, Ticket

app = Flask(__name__)


@app.get("/attachments/download")
@login_required
def download_attachment():
    att = (
        Attachment.query.join(Ticket)
        .filter(Attachment.id == int(request.args["id"]), Ticket.requester_id == current_user.id)
        .first_or_404()
    )
    return send_file(att.storage_path, download_name=att.filename, as_attachment=True)
