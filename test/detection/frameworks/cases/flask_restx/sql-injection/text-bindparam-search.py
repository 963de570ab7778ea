from flask import Flask
from flask_restx import Api, Namespace, Resource, reqparse
from sqlalchemy import create_engine, text

app = Flask(__name__)
api = Api(app)
engine = create_engine("postgresql://hr@db/hr")
ns = Namespace("people")
search_args = reqparse.RequestParser()
search_args.add_argument("department", type=str, required=True, location="args")


@ns.route("/")
class People(Resource):
    @ns.expect(search_args)
    def get(self):
        dept = search_args.parse_args()["department"]
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, full_name FROM employees WHERE department = :dept"), {"dept": dept}).all()
        return [{"id": r.id, "name": r.full_name} for r in rows]


api.add_namespace(ns, path="/people")
