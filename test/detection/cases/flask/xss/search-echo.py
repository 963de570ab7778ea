from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    query = request.args.get("q", "")
    results = []
    html = "<h2>Results for " + query + "</h2>"
    if not results:
        html += "<p>No products matched.</p>"
    return html
