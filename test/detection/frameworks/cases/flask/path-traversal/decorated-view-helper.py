from functools import wraps

from flask import Flask, Response, request

app = Flask(__name__)


def timed(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    return wrapper


def read_export(name):
    with open("/srv/exports/" + name, "rb") as fh:
        return fh.read()


@app.get("/exports")
@timed
def export():
    return Response(read_export(request.args["name"]), mimetype="text/csv")
