from flask import Flask, jsonify, render_template_string, request
from marshmallow import Schema, fields

app = Flask(__name__)


class InvitationSchema(Schema):
    message = fields.Str(required=True)
    guest = fields.Str(required=True)


@app.post("/invitations/preview")
def preview_invitation():
    data = InvitationSchema().load(request.get_json())
    return jsonify({"html": render_template_string(data["message"], guest=data["guest"])})
