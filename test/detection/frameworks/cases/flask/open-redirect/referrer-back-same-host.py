from urllib.parse import urlsplit

from flask import Flask, redirect, request, url_for

from polls import record_vote

app = Flask(__name__)


@app.post("/polls/<int:poll_id>/vote")
def vote(poll_id):
    record_vote(poll_id, request.form["choice"])
    back = request.referrer
    if not back or urlsplit(back).netloc != request.host or urlsplit(back).scheme not in ("http", "https"):
        back = url_for("index")
    return redirect(back)
