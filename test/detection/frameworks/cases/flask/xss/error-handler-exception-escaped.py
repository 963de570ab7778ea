from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.errorhandler(ValueError)
def bad_value(exc):
    return f"<h1>Bad request</h1><p>{escape(str(exc))}</p>", 400


@app.get("/calendar")
def calendar():
    year = int(request.args.get("year", "2024"))
    return f"<h1>Calendar {year}</h1>"
