import logging

from bottle import Bottle, json_dumps

log = logging.getLogger(__name__)
app = Bottle()


@app.error(500)
def on_error(err):
    return json_dumps({"error": str(err.exception), "traceback": err.traceback})  # expect: PY-DATA-ERROR-DETAILS


@app.error(503)
def on_unavailable(err):
    log.error("server error: %s", err.exception)
    return json_dumps({"error": "internal server error"})  # ok: PY-DATA-ERROR-DETAILS


@app.error(404)
def on_missing(err):
    return json_dumps({"error": str(err.body)})  # ok: PY-DATA-ERROR-DETAILS
