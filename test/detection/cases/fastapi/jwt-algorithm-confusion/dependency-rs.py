from pathlib import Path

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
PUBLIC_KEY = Path("keys/public.pem").read_text()


def current_claims(token: str = Depends(oauth2_scheme)) -> dict:
    try:
        return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="Could not validate credentials")


@app.get("/users/me")
def me(claims: dict = Depends(current_claims)):
    return {"username": claims["sub"]}
