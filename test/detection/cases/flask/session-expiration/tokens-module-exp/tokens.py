from datetime import datetime, timedelta, timezone

import jwt
from flask import current_app


def make_token(user_id: int, scope: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "scope": scope, "iat": now, "exp": now + timedelta(days=30)}
    return jwt.encode(claims, current_app.config["JWT_KEY"], algorithm="HS512")
