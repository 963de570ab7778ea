import os

from flask import Flask, send_file

app = Flask(__name__)
app.config["MANUALS_DIR"] = "/srv/manuals"


@app.get("/manuals/<path:name>")
def manual(name):
    return send_file(os.path.join(app.config["MANUALS_DIR"], name))
