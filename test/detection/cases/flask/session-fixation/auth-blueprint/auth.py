from flask import session
from werkzeug.security import check_password_hash

from .models import User


def sign_in(username: str, password: str) -> bool:
    user = User.query.filter_by(username=username).first()
    if user is None or not check_password_hash(user.password_hash, password):
        return False
    session["user_id"] = user.id
    session["roles"] = [r.name for r in user.roles]
    return True
