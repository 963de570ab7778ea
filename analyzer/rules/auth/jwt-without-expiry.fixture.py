from datetime import datetime, timedelta, timezone

import jwt
from flask_jwt_extended import create_access_token

SECRET = "from-settings"
JWT_ACCESS_TOKEN_EXPIRES = False  # expect: PY-JWT-NO-EXPIRY


def make_token(user):
    return jwt.encode({"sub": str(user.id), "role": user.role}, SECRET, algorithm="HS256")  # expect: PY-JWT-NO-EXPIRY


def make_token_ok(user):
    now = datetime.now(tz=timezone.utc)
    return jwt.encode({"sub": str(user.id), "exp": now + timedelta(minutes=15)}, SECRET, algorithm="HS256")  # ok: PY-JWT-NO-EXPIRY


def make_token_later(user):
    payload = {"sub": str(user.id)}
    payload["exp"] = datetime.now(tz=timezone.utc) + timedelta(hours=1)
    return jwt.encode(payload, SECRET, algorithm="HS256")  # ok: PY-JWT-NO-EXPIRY


def make_token_forever(user):
    return jwt.encode({"sub": str(user.id), "exp": datetime.now(tz=timezone.utc) + timedelta(days=3650)}, SECRET, algorithm="HS256")  # expect: PY-JWT-NO-EXPIRY


def unknown(payload):
    return jwt.encode(payload, SECRET, algorithm="HS256")  # ok: PY-JWT-NO-EXPIRY


def flask_token(user):
    return create_access_token(identity=user.id, expires_delta=False)  # expect: PY-JWT-NO-EXPIRY
