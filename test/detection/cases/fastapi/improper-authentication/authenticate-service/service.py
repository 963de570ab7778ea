from typing import Optional

from sqlalchemy.orm import Session

from .models import User


def authenticate(db: Session, username: str, password: str) -> Optional[User]:
    user = db.query(User).filter(User.username == username).one_or_none()
    if user is None or user.disabled:
        return None
    return user
