import sqlite3

from flask import Flask
from flask_restx import Api, Namespace, Resource, fields

app = Flask(__name__)
api = Api(app, title="Library API")
ns = Namespace("loans")
loan = ns.model("Loan", {"isbn": fields.String(required=True), "member": fields.String(required=True)})


@ns.route("/")
class LoanList(Resource):
    @ns.expect(loan)
    def post(self):
        data = api.payload
        db = sqlite3.connect("library.db")
        db.execute(f"INSERT INTO loans (isbn, member) VALUES ('{data['isbn']}', '{data['member']}')")
        db.commit()
        return data, 201


api.add_namespace(ns, path="/loans")
