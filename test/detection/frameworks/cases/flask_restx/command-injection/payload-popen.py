import os

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


@api.route("/maintenance/dump")
class Dump(Resource):
    def post(self):
        table = api.payload["table"]
        out = os.popen(f"pg_dump --table={table} inventory | gzip > /backups/{table}.sql.gz").read()
        return {"ok": True, "log": out}
