from flask import Flask, Response
from flask_restx import Api, Resource
from werkzeug.security import safe_join

app = Flask(__name__)
api = Api(app)
ns = api.namespace("docs")
DOCS_ROOT = "/srv/docs"


@ns.route("/raw/<path:doc>")
class RawDoc(Resource):
    def get(self, doc):
        path = safe_join(DOCS_ROOT, doc)
        if path is None:
            api.abort(404)
        with open(path, encoding="utf-8") as fh:
            return Response(fh.read(), mimetype="text/plain")
