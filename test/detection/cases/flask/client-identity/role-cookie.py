from flask import Flask, abort, request

from .models import Post, db

app = Flask(__name__)


@app.post("/posts/<int:post_id>/delete")
def delete_post(post_id):
    if request.cookies.get("role") != "moderator":
        abort(403)
    Post.query.filter_by(id=post_id).delete()
    db.session.commit()
    return {"deleted": post_id}
