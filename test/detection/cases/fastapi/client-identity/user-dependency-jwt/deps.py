import jwt
from fastapi import Depends, Header, HTTPException
from sqlalchemy.orm import Session

from .config import settings
from .db import get_session
from .models import User


def get_current_user(authorization: str = Header(), db: Session = Depends(get_session)) -> User:
    try:
        claims = jwt.decode(authorization.removeprefix("Bearer "), settings.jwt_secret, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401)
    user = db.get(User, int(claims["sub"]))
    if user is None:
        raise HTTPException(status_code=401)
    return user
