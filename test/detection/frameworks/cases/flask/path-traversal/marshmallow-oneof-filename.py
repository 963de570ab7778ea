import os

from flask import Flask, jsonify, request
from marshmallow import Schema, fields, validate

app = Flask(__name__)
THEMES = "/srv/app/themes"


class ThemeSchema(Schema):
    theme = fields.Str(required=True, validate=validate.OneOf(["light", "dark", "contrast"]))
    css = fields.Str(required=True)


@app.put("/admin/themes")
def save_theme():
    data = ThemeSchema().load(request.get_json())
    with open(os.path.join(THEMES, data["theme"] + ".css"), "w", encoding="utf-8") as fh:
        fh.write(data["css"])
    return jsonify({"saved": data["theme"]})
