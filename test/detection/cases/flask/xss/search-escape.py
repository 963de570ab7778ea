from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    query = request.args.get("q", "")
    results = []
    html = "<h2>Results for " + str(escape(query)) + "</h2>"
    if not results:
        html += "<p>No products matched.</p>"
    return html
