import functools

import jwt
from flask import Flask, abort, current_app, g, request

app = Flask(__name__)
app.config["JWT_PUBLIC_KEY"] = open("/etc/app/jwt_pub.pem").read()


def token_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "").replace("Bearer ", "", 1)
        try:
            g.claims = jwt.decode(token, current_app.config["JWT_PUBLIC_KEY"], algorithms=["RS256"])
        except jwt.InvalidTokenError:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/api/orders")
@token_required
def orders():
    return {"owner": g.claims["sub"], "orders": []}
