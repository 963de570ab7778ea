import secrets
from pathlib import Path

from fastapi import Depends, FastAPI

from .auth import require_admin

app = FastAPI()
KEYS_DIR = Path("/var/lib/gateway/keys")


@app.post("/clients/{client}/keys", status_code=201)
def rotate_key(client: str, admin=Depends(require_admin)):
    key = secrets.token_urlsafe(40)
    (KEYS_DIR / f"{client.replace('/', '_')}.key").write_text(key)
    return {"client": client, "api_key": key}
