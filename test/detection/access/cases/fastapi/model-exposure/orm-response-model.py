from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Field, Session, SQLModel

from .db import get_session
from .auth import current_customer

app = FastAPI()


class OrderBase(SQLModel):
    total_cents: int
    status: str


class Order(OrderBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int
    fraud_score: float = 0.0
    internal_notes: str = ""


class OrderPublic(OrderBase):
    id: int


@app.get("/orders/{order_id}", response_model=OrderPublic)
def read_order(order_id: int, customer=Depends(current_customer), session: Session = Depends(get_session)):
    order = session.get(Order, order_id)
    if order is None or order.customer_id != customer.id:
        raise HTTPException(status_code=404)
    return order
