import secrets

from werkzeug.security import check_password_hash

from .models import AccessToken, db


def verify(user, password: str) -> bool:
    return check_password_hash(user.password_hash, password)


def issue_token(user) -> str:
    token = AccessToken(user_id=user.id, value=secrets.token_urlsafe(32))
    db.session.add(token)
    db.session.commit()
    return token.value
