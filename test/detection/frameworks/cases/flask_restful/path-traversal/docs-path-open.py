import os

from flask import Flask
from flask_restful import Api, Resource, abort

app = Flask(__name__)
api = Api(app)
DOCS = "/srv/handbook"


class HandbookPage(Resource):
    def get(self, page):
        full = os.path.join(DOCS, page + ".md")
        if not os.path.exists(full):
            abort(404, message="no such page")
        with open(full, encoding="utf-8") as fh:
            return {"page": page, "markdown": fh.read()}


api.add_resource(HandbookPage, "/handbook/<path:page>")
