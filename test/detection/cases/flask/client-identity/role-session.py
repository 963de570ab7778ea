import os

from flask import Flask, abort, session

from .models import Post, db

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/posts/<int:post_id>/delete")
def delete_post(post_id):
    if session.get("role") != "moderator":
        abort(403)
    Post.query.filter_by(id=post_id).delete()
    db.session.commit()
    return {"deleted": post_id}
