from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from .auth import verify_user
from .config import settings

app = FastAPI()


@app.post("/token")
def login(form: OAuth2PasswordRequestForm = Depends()):
    user = verify_user(form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    expire = datetime.now(timezone.utc) + timedelta(days=3650)
    token = jwt.encode({"sub": user.username, "exp": expire}, settings.jwt_secret, algorithm="HS256")
    return {"access_token": token, "token_type": "bearer"}
