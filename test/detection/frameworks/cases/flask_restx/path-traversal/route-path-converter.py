import os

from flask import Flask, Response
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
ns = api.namespace("docs")
DOCS_ROOT = "/srv/docs"


@ns.route("/raw/<path:doc>")
class RawDoc(Resource):
    def get(self, doc):
        with open(os.path.join(DOCS_ROOT, doc), encoding="utf-8") as fh:
            return Response(fh.read(), mimetype="text/plain")
