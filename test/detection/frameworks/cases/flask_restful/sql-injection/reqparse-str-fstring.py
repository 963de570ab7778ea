import sqlite3

from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)

parser = reqparse.RequestParser()
parser.add_argument("city", type=str, location="args", required=True)


class Stores(Resource):
    def get(self):
        args = parser.parse_args()
        db = sqlite3.connect("stores.db")
        rows = db.execute(f"SELECT id, name, street FROM stores WHERE city = '{args['city']}'").fetchall()
        return [{"id": r[0], "name": r[1], "street": r[2]} for r in rows]


api.add_resource(Stores, "/stores")
