import os

from flask import Flask, abort, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

from .models import Comment, db

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["COOKIE_SIGNING_KEY"], salt="user")


@app.post("/comments")
def add_comment():
    try:
        user_id = signer.loads(request.cookies.get("user", ""))
    except BadSignature:
        abort(401)
    comment = Comment(author_id=user_id, body=request.form["body"])
    db.session.add(comment)
    db.session.commit()
    return jsonify(id=comment.id), 201
