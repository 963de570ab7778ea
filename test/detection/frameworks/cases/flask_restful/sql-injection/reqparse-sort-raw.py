import sqlite3

from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)

list_parser = reqparse.RequestParser()
list_parser.add_argument("sort", type=str, default="created", location="args")
list_parser.add_argument("page", type=int, default=1, location="args")


class TicketList(Resource):
    def get(self):
        args = list_parser.parse_args()
        offset = (args["page"] - 1) * 25
        db = sqlite3.connect("helpdesk.db")
        rows = db.execute(f"SELECT id, subject, status FROM tickets ORDER BY {args['sort']} LIMIT 25 OFFSET {offset}").fetchall()
        return [{"id": r[0], "subject": r[1], "status": r[2]} for r in rows]


api.add_resource(TicketList, "/tickets")
