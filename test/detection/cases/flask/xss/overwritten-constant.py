from flask import Flask, request

app = Flask(__name__)


@app.get("/maintenance")
def maintenance():
    who = request.args.get("who", "")
    if who:
        who = "administrator"
    else:
        who = "team"
    return f"<h1>Maintenance</h1><p>Contact the {who} for access.</p>"
