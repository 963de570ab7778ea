from flask import Flask, abort, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.errorhandler(HTTPException)
def http_error(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.get("/files/<int:file_id>")
def get_file(file_id):
    from .storage import lookup
    meta = lookup(file_id)
    if meta is None:
        abort(404, description="No such file.")
    return jsonify(meta)
