import os

from flask import Flask, Response, request

app = Flask(__name__)
THEME_DIR = "/srv/theme"


@app.route("/theme/", defaults={"rest": ""})
@app.route("/theme/<path:rest>")
def theme_asset(rest):
    rel = request.path[len("/theme/"):]
    with open(os.path.join(THEME_DIR, rel), "rb") as fh:
        return Response(fh.read(), mimetype="application/octet-stream")
