from flask import Flask
from flask_restx import Api, Namespace, Resource, fields

from sheets import load_row

app = Flask(__name__)
api = Api(app)
ns = Namespace("sheets")
formula = ns.model("Formula", {"row": fields.Integer(required=True), "expression": fields.String(required=True)})


@ns.route("/evaluate")
class Evaluate(Resource):
    @ns.expect(formula, validate=True)
    def post(self):
        row = load_row(api.payload["row"])
        return {"value": eval(api.payload["expression"], {"row": row})}


api.add_namespace(ns, path="/sheets")
