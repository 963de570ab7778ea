import secrets

from fastapi import FastAPI
from pydantic import AnyHttpUrl, BaseModel

from .hooks import create_hook
from .storage import save_signing_secret

app = FastAPI()


class HookIn(BaseModel):
    url: AnyHttpUrl


@app.post("/webhooks", status_code=201)
def register_hook(body: HookIn):
    hook = create_hook(str(body.url))
    secret = secrets.token_hex(32)
    save_signing_secret(hook.id, secret)
    return {"id": hook.id, "signing_secret": secret}
