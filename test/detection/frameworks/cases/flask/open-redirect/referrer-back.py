from flask import Flask, redirect, request, url_for

from polls import record_vote

app = Flask(__name__)


@app.post("/polls/<int:poll_id>/vote")
def vote(poll_id):
    record_vote(poll_id, request.form["choice"])
    return redirect(request.referrer or url_for("index"))
