from pathlib import Path

from flask import Flask, request, send_file
from pydantic import BaseModel

app = Flask(__name__)
ATTACHMENTS = Path("/srv/attachments")


class AttachmentQuery(BaseModel):
    ticket: int
    name: str


@app.get("/attachments")
def get_attachment():
    q = AttachmentQuery.model_validate(request.args.to_dict())
    return send_file(ATTACHMENTS / str(q.ticket) / q.name)
