import re
import subprocess

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
IDENT = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@api.route("/maintenance/dump")
class Dump(Resource):
    def post(self):
        table = api.payload["table"]
        if not IDENT.fullmatch(table):
            api.abort(400, "bad table name")
        with open(f"/backups/{table}.sql", "wb") as out:
            subprocess.run(["pg_dump", f"--table={table}", "inventory"], stdout=out, check=True)
        return {"ok": True}
