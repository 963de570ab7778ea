# Webhooks have no user to log in: the sender's signature is the credential, whatever the rest of the app does.
import hashlib
import hmac
import os

import stripe
from fastapi import FastAPI, Header, HTTPException, Request

from billing.events import apply_event, record_ping

app = FastAPI()
SECRET = os.environ["HOOK_SECRET"]


@app.post("/webhooks/stripe")
async def stripe_hook(request: Request):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    event = await request.json()
    apply_event(event["type"], event["data"]["object"])
    return {"received": True}


@app.post("/webhooks/stripe-signed")
async def stripe_hook_signed(request: Request, stripe_signature: str = Header(...)):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, SECRET)
    except ValueError:
        raise HTTPException(status_code=400)
    apply_event(event["type"], event["data"]["object"])
    return {"received": True}


@app.post("/hooks/build")
async def build_hook(request: Request, x_hub_signature_256: str = Header(...)):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    body = await request.body()
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_hub_signature_256):
        raise HTTPException(status_code=401)
    apply_event("build", await request.json())
    return {"ok": True}


@app.post("/webhooks/ping")
async def ping_hook():  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return {"pong": True}
