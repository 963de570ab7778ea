import secrets

import keyring
from fastapi import Depends, FastAPI

from .auth import require_admin

app = FastAPI()


@app.post("/clients/{client}/keys", status_code=201)
def rotate_key(client: str, admin=Depends(require_admin)):
    key = secrets.token_urlsafe(40)
    keyring.set_password("gateway-clients", client, key)
    return {"client": client, "api_key": key}
