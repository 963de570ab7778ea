import os

from flask import Flask, request, send_file
from marshmallow import Schema, fields, validate

app = Flask(__name__)
ATTACHMENTS = "/var/lib/helpdesk/attachments"


class AttachmentQuery(Schema):
    ticket = fields.Int(required=True)
    name = fields.Str(required=True, validate=validate.Regexp(r"^[A-Za-z0-9_-]{1,64}\.(pdf|png|txt)\Z"))


@app.get("/attachments")
def attachment():
    q = AttachmentQuery().load(request.args)
    path = os.path.join(ATTACHMENTS, str(q["ticket"]), q["name"])
    return send_file(path)
