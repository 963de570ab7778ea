import re
import subprocess

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
IDENT = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@api.route("/dump")
class Dump(Resource):
    def post(self):
        table = api.payload["table"]
        # Api.abort raises: past it, the table name matched the identifier pattern.
        if not IDENT.fullmatch(table):
            api.abort(400, "bad table name")
        subprocess.run(["pg_dump", f"--table={table}", "inventory"], check=True)  # ok: PY-INJ-CMD
        return {"ok": True}


@api.route("/dump-unchecked")
class DumpUnchecked(Resource):
    def post(self):
        table = api.payload["table"]
        subprocess.run(["pg_dump", table, "inventory"], check=True)  # expect: PY-INJ-CMD
        return {"ok": True}
