from flask import Flask, abort, jsonify, request

from .models import Comment, User, db

app = Flask(__name__)


@app.post("/comments")
def add_comment():
    author = User.query.filter_by(username=request.headers.get("X-User", "")).first()
    if author is None:
        abort(401)
    comment = Comment(author_id=author.id, body=request.form["body"])
    db.session.add(comment)
    db.session.commit()
    return jsonify(id=comment.id), 201
