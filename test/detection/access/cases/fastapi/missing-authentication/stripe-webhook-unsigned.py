from fastapi import FastAPI, Request

from .billing import mark_subscription

app = FastAPI()


@app.post("/webhooks/stripe")
async def stripe_webhook(request: Request):
    event = await request.json()
    if event["type"] == "customer.subscription.updated":
        mark_subscription(event["data"]["object"])
    return {"received": True}
