from pathlib import Path

from fastapi import FastAPI, Header, HTTPException
from jose import JWTError, jwt

app = FastAPI()
ISSUER_KEY = Path("/etc/app/issuer.pub.pem").read_text()


@app.get("/entitlements")
def entitlements(authorization: str = Header()):
    token = authorization.removeprefix("Bearer ")
    try:
        alg = jwt.get_unverified_header(token)["alg"]
        claims = jwt.decode(token, ISSUER_KEY, algorithms=[alg])
    except (JWTError, KeyError):
        raise HTTPException(status_code=401)
    return {"plan": claims.get("plan", "free")}
