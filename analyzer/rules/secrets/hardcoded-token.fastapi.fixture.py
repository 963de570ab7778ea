# assay-fixture: path=inventory/auth.py
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import FastAPI

app = FastAPI()
SECRET_KEY = "inventory-jwt-signing-secret-2024"  # expect: PY-SECRET-TOKEN
ALGORITHM = "HS256"  # ok: PY-SECRET-TOKEN


def issue(sub: str) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=15)
    return jwt.encode({"sub": sub, "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)
