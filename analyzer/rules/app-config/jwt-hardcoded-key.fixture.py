import os
from datetime import datetime, timedelta, timezone

import jwt
from jose import jwt as jose_jwt

from .config import settings

# to get a string like this run: openssl rand -hex 32
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----"


def create_access_token(data: dict) -> str:
    to_encode = data | {"exp": datetime.now(timezone.utc) + timedelta(minutes=15)}
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)  # expect: PY-JWT-HARDCODED-KEY


def read_token(token: str) -> dict:
    return jwt.decode(token, key="secret", algorithms=["HS256"])  # expect: PY-JWT-HARDCODED-KEY


def read_partner_token(token: str) -> dict:
    return jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])  # ok: PY-JWT-HARDCODED-KEY


def create_refresh_token(data: dict) -> str:
    return jwt.encode(data, settings.jwt_secret, algorithm=ALGORITHM)  # ok: PY-JWT-HARDCODED-KEY


def create_service_token(data: dict) -> str:
    return jose_jwt.encode(data, os.environ["SERVICE_JWT_KEY"], algorithm=ALGORITHM)  # ok: PY-JWT-HARDCODED-KEY
