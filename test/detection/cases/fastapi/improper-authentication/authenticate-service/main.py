import secrets

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from .db import get_session
from .models import ApiToken
from .service import authenticate

app = FastAPI()


@app.post("/token")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_session)):
    user = authenticate(db, form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    token = ApiToken(user_id=user.id, value=secrets.token_urlsafe(32))
    db.add(token)
    db.commit()
    return {"access_token": token.value, "token_type": "bearer"}
