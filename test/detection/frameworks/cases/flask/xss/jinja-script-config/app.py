from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/search")
def search():
    term = request.args.get("q", "")
    return render_template("search.html", term=term)
