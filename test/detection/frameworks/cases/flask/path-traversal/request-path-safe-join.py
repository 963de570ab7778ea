from flask import Flask, Response, abort, request
from werkzeug.security import safe_join

app = Flask(__name__)
THEME_DIR = "/srv/theme"


@app.route("/theme/", defaults={"rest": ""})
@app.route("/theme/<path:rest>")
def theme_asset(rest):
    path = safe_join(THEME_DIR, request.path[len("/theme/"):])
    if path is None:
        abort(404)
    with open(path, "rb") as fh:
        return Response(fh.read(), mimetype="application/octet-stream")
