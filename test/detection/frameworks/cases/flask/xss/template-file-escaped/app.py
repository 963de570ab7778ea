from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/announce")
def announce():
    return render_template("announce.html", message=request.args.get("message", ""))
