from flask import Flask, abort, request
from werkzeug.security import safe_join

app = Flask(__name__)
DOC_ROOT = "/srv/admin/docs"


@app.get("/docs")
def read_doc():
    target = safe_join(DOC_ROOT, request.args.get("page", "index.md"))
    if target is None:
        abort(404)
    with open(target, encoding="utf-8") as fh:
        return {"content": fh.read()}
