import logging

from bottle import Bottle, json_dumps, response

from .routes import register

log = logging.getLogger(__name__)
app = Bottle()
register(app)


@app.error(500)
def on_error(err):
    response.content_type = "application/json"
    log.error("server error: %s", err.exception)
    return json_dumps({"error": "internal server error"})
