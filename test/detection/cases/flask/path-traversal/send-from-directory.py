from flask import Flask, send_from_directory

app = Flask(__name__)
REPORTS = "/srv/shop/reports"


@app.route("/reports/<path:name>")
def report(name):
    return send_from_directory(REPORTS, name, as_attachment=True)
