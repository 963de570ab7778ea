from fastapi import Depends, Header, HTTPException
from sqlalchemy.orm import Session

from .db import get_session
from .models import User


def get_current_user(x_user_email: str = Header(), db: Session = Depends(get_session)) -> User:
    user = db.query(User).filter(User.email == x_user_email).one_or_none()
    if user is None:
        raise HTTPException(status_code=401)
    return user
