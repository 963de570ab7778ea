import os

from flask import Flask, request, send_file
from marshmallow import Schema, fields

app = Flask(__name__)
ATTACHMENTS = "/var/lib/helpdesk/attachments"


class AttachmentQuery(Schema):
    ticket = fields.Int(required=True)
    name = fields.Str(required=True)


@app.get("/attachments")
def attachment():
    q = AttachmentQuery().load(request.args)
    path = os.path.join(ATTACHMENTS, str(q["ticket"]), q["name"])
    return send_file(path)
