from datetime import datetime, timezone

import jwt
from flask import current_app


def make_token(user_id: int, scope: str) -> str:
    claims = {"sub": str(user_id), "scope": scope, "iat": datetime.now(timezone.utc)}
    return jwt.encode(claims, current_app.config["JWT_KEY"], algorithm="HS512")
