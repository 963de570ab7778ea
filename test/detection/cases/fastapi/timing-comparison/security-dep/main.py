from fastapi import Depends, FastAPI

from .security import partner_from_key

app = FastAPI()


@app.get("/partner/orders")
def partner_orders(partner: str = Depends(partner_from_key)):
    return {"partner": partner, "orders": []}
