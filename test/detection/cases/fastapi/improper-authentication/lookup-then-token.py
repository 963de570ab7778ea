from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from .config import settings
from .db import get_session
from .models import User

app = FastAPI()


@app.post("/auth/token")
def token(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_session)):
    user = db.query(User).filter(User.email == form.username).one_or_none()
    if user is None or not user.is_active:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    expire = datetime.now(timezone.utc) + timedelta(minutes=15)
    access = jwt.encode({"sub": user.email, "exp": expire}, settings.secret_key, algorithm="HS256")
    return {"access_token": access, "token_type": "bearer"}
