import jwt
from fastapi import FastAPI, Header, HTTPException

from .keys import KeyRing

app = FastAPI()
keyring = KeyRing.load("/etc/app/keys.json")


@app.get("/session")
def session(authorization: str = Header()):
    token = authorization.removeprefix("Bearer ")
    kid = jwt.get_unverified_header(token).get("kid")
    entry = keyring.get(kid)
    if entry is None:
        raise HTTPException(status_code=401, detail="unknown key id")
    claims = jwt.decode(token, entry.key, algorithms=[entry.algorithm])
    return {"sub": claims["sub"]}
