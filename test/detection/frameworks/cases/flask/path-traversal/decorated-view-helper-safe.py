import os
from functools import wraps

from flask import Flask, Response, abort, request

app = Flask(__name__)
EXPORTS = "/srv/exports"


def timed(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    return wrapper


def read_export(name):
    if name not in os.listdir(EXPORTS):
        abort(404)
    with open(os.path.join(EXPORTS, name), "rb") as fh:
        return fh.read()


@app.get("/exports")
@timed
def export():
    return Response(read_export(request.args["name"]), mimetype="text/csv")
