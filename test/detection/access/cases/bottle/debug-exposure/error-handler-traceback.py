import logging

from bottle import Bottle, json_dumps, response

from .routes import register

log = logging.getLogger(__name__)
app = Bottle()
register(app)


@app.error(500)
def on_error(err):
    response.content_type = "application/json"
    return json_dumps({"error": str(err.exception), "traceback": err.traceback})
