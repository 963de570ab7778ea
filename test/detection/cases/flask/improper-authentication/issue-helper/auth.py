import secrets

from .models import AccessToken, db


def issue_token(user) -> str:
    token = AccessToken(user_id=user.id, value=secrets.token_urlsafe(32))
    db.session.add(token)
    db.session.commit()
    return token.value
