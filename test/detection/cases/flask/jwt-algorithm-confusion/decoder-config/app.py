import jwt
from flask import Flask, abort, request

import config

app = Flask(__name__)


@app.get("/api/profile")
def profile():
    try:
        claims = jwt.decode(request.cookies.get("token", ""), config.JWT_KEY, algorithms=config.JWT_ALGORITHMS)
    except jwt.InvalidTokenError:
        abort(401)
    return {"sub": claims["sub"]}
