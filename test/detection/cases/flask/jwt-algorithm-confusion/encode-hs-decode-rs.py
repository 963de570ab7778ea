import os
from datetime import datetime, timedelta, timezone

import jwt
from flask import Flask, abort, request

app = Flask(__name__)
SESSION_SECRET = os.environ["SESSION_SECRET"]
with open("/etc/app/idp.pem") as fh:
    IDP_KEY = fh.read()


@app.post("/sso/acs")
def assertion():
    try:
        idp_claims = jwt.decode(request.form["token"], IDP_KEY, algorithms=["RS256"], audience="shop")
    except jwt.InvalidTokenError:
        abort(403)
    local = {"sub": idp_claims["email"], "exp": datetime.now(timezone.utc) + timedelta(hours=1)}
    return {"session": jwt.encode(local, SESSION_SECRET, algorithm="HS256")}
