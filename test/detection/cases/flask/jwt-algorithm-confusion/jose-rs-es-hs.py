from flask import Flask, abort, request
from jose import JWTError, jwt

app = Flask(__name__)
with open("/etc/app/idp.pem") as fh:
    IDP_KEY = fh.read()


@app.post("/sso/acs")
def assertion():
    try:
        claims = jwt.decode(request.form["token"], IDP_KEY, algorithms=["RS256", "ES256", "HS256"], audience="shop")
    except JWTError:
        abort(403)
    return {"email": claims["email"]}
