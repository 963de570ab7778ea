from typing import Optional

from passlib.hash import bcrypt
from sqlalchemy.orm import Session

from .models import User


def authenticate(db: Session, username: str, password: str) -> Optional[User]:
    user = db.query(User).filter(User.username == username).one_or_none()
    if user is None or user.disabled:
        return None
    if not bcrypt.verify(password, user.password_hash):
        return None
    return user
