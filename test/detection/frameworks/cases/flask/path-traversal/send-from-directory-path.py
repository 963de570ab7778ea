from flask import Flask, send_from_directory

app = Flask(__name__)
app.config["MANUALS_DIR"] = "/srv/manuals"


@app.get("/manuals/<path:name>")
def manual(name):
    return send_from_directory(app.config["MANUALS_DIR"], name)
