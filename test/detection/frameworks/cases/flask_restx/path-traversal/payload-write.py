from pathlib import Path

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
NOTES = Path("/srv/notes")


@api.route("/notes")
class Notes(Resource):
    def post(self):
        data = api.payload
        (NOTES / f"{data['title']}.md").write_text(data["body"], encoding="utf-8")
        return {"saved": data["title"]}, 201
