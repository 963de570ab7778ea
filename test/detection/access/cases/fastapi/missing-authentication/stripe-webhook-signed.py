import stripe
from fastapi import FastAPI, Header, HTTPException, Request

from .billing import mark_subscription
from .config import settings

app = FastAPI()


@app.post("/webhooks/stripe")
async def stripe_webhook(request: Request, stripe_signature: str = Header(...)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, settings.stripe_webhook_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400)
    if event["type"] == "customer.subscription.updated":
        mark_subscription(event["data"]["object"])
    return {"received": True}
