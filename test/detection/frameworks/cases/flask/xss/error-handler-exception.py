from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(ValueError)
def bad_value(exc):
    return f"<h1>Bad request</h1><p>{exc}</p>", 400


@app.get("/calendar")
def calendar():
    year = int(request.args.get("year", "2024"))
    return f"<h1>Calendar {year}</h1>"
