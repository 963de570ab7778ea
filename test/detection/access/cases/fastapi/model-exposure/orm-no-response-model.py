from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Field, Session, SQLModel

from .db import get_session
from .auth import current_customer

app = FastAPI()


class Order(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int
    total_cents: int
    status: str
    fraud_score: float = 0.0
    internal_notes: str = ""


@app.get("/orders/{order_id}")
def read_order(order_id: int, customer=Depends(current_customer), session: Session = Depends(get_session)):
    order = session.get(Order, order_id)
    if order is None or order.customer_id != customer.id:
        raise HTTPException(status_code=404)
    return order
