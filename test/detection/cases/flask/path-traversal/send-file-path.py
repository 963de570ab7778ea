import os

from flask import Flask, send_file

app = Flask(__name__)
REPORTS = "/srv/shop/reports"


@app.route("/reports/<path:name>")
def report(name):
    return send_file(os.path.join(REPORTS, name), as_attachment=True)
