import os
import secrets

from fastapi import HTTPException, Security
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-API-Key")
PARTNER_KEYS = {name: key for name, key in (item.split(":", 1) for item in os.environ["PARTNER_KEYS"].split(","))}


def partner_from_key(api_key: str = Security(api_key_header)) -> str:
    for name, key in PARTNER_KEYS.items():
        if secrets.compare_digest(key.encode(), api_key.encode()):
            return name
    raise HTTPException(status_code=403, detail="Unknown API key")
