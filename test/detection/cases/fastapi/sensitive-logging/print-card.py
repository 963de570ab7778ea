from fastapi import FastAPI
from pydantic import BaseModel

from .psp import authorize

app = FastAPI()


class Payment(BaseModel):
    card_number: str
    expiry: str
    cvv: str
    amount_cents: int


@app.post("/payments")
def pay(payment: Payment):
    print(f"authorizing {payment.amount_cents} on card {payment.card_number} exp {payment.expiry}")
    return {"authorization": authorize(payment)}
