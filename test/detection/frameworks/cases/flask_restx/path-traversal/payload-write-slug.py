import re
from pathlib import Path

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
NOTES = Path("/srv/notes")


def slugify(value):
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-") or "untitled"


@api.route("/notes")
class Notes(Resource):
    def post(self):
        data = api.payload
        name = slugify(data["title"])
        (NOTES / f"{name}.md").write_text(data["body"], encoding="utf-8")
        return {"saved": name}, 201
