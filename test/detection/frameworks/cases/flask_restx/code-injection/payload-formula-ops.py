import operator

from flask import Flask
from flask_restx import Api, Namespace, Resource, fields

from sheets import load_row

app = Flask(__name__)
api = Api(app)
ns = Namespace("sheets")
formula = ns.model("Formula", {
    "row": fields.Integer(required=True),
    "op": fields.String(required=True, enum=["sum", "max", "min"]),
    "columns": fields.List(fields.String, required=True),
})
OPS = {"sum": sum, "max": max, "min": min}


@ns.route("/evaluate")
class Evaluate(Resource):
    @ns.expect(formula, validate=True)
    def post(self):
        row = load_row(api.payload["row"])
        op = OPS.get(api.payload["op"])
        if op is None:
            api.abort(400, "unknown op")
        values = [float(row[c]) for c in api.payload["columns"] if c in row]
        return {"value": op(values) if values else None}


api.add_namespace(ns, path="/sheets")
