import os

from flask import Flask, request, send_file
from marshmallow import Schema, fields, validate

app = Flask(__name__)
ATTACHMENTS = "/var/lib/helpdesk/attachments"


class AttachmentQuery(Schema):
    # One dot between a word and an extension: never `.`, `..` or a slash.
    name = fields.Str(required=True, validate=validate.Regexp(r"^[A-Za-z0-9_-]{1,64}\.(pdf|png|txt)\Z"))
    # Dots anywhere: `..` matches.
    loose = fields.Str(validate=validate.Regexp(r"^[A-Za-z0-9_.-]{1,64}\Z"))


@app.get("/attachments")
def attachment():
    q = AttachmentQuery().load(request.args)
    if "loose" in q:
        return send_file(os.path.join(ATTACHMENTS, q["loose"], "index.txt"))  # expect: PY-INJ-PATH
    return send_file(os.path.join(ATTACHMENTS, q["name"]))  # ok: PY-INJ-PATH
