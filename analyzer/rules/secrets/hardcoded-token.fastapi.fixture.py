# assay-fixture: path=inventory/auth.py
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="inventory-session-signing-2024")  # ok: PY-SECRET-TOKEN
SECRET_KEY = "inventory-jwt-signing-secret-2024"  # expect: PY-SECRET-TOKEN
ALGORITHM = "HS256"  # ok: PY-SECRET-TOKEN


def issue(sub: str) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=15)
    return jwt.encode({"sub": sub, "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)
