import os

from flask import Flask
from flask_restful import Api, Resource, abort
from werkzeug.security import safe_join

app = Flask(__name__)
api = Api(app)
DOCS = "/srv/handbook"


class HandbookPage(Resource):
    def get(self, page):
        full = safe_join(DOCS, page + ".md")
        if full is None or not os.path.exists(full):
            abort(404, message="no such page")
        with open(full, encoding="utf-8") as fh:
            return {"page": page, "markdown": fh.read()}


api.add_resource(HandbookPage, "/handbook/<path:page>")
