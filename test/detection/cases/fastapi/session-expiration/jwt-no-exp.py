from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from jose import jwt

from .auth import verify_user
from .config import settings

app = FastAPI()


@app.post("/token")
def login(form: OAuth2PasswordRequestForm = Depends()):
    user = verify_user(form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    claims = {"sub": user.username, "iat": datetime.now(timezone.utc), "scopes": user.scopes}
    return {"access_token": jwt.encode(claims, settings.jwt_secret, algorithm="HS256"), "token_type": "bearer"}
