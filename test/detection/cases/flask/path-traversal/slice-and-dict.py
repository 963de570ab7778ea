import os

from flask import Flask, Response, request

app = Flask(__name__)
BASE = "/srv/admin/templates-raw"


@app.get("/raw-template")
def raw_template():
    requested = request.args.get("t", "index.html")
    meta = {"name": requested[:120], "encoding": "utf-8"}
    path = os.path.join(BASE, meta["name"])
    with open(path, encoding=meta["encoding"]) as fh:
        return Response(fh.read(), mimetype="text/plain")
