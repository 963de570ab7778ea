import subprocess

from flask import Flask, jsonify, request
from marshmallow import Schema, fields, validate

app = Flask(__name__)


class ArchiveSchema(Schema):
    project = fields.Str(required=True, validate=validate.Regexp(r"[a-z][a-z0-9-]*"))


@app.post("/archives")
def create_archive():
    data = ArchiveSchema().load(request.get_json())
    subprocess.run(f"tar czf /srv/archives/{data['project']}.tgz -C /srv/projects {data['project']}", shell=True, check=True)
    return jsonify({"archive": f"{data['project']}.tgz"}), 201
