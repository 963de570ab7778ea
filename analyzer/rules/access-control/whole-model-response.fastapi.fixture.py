# FastAPI: an ORM object returned with no response_model is encoded column by column.
from fastapi import Depends, FastAPI, HTTPException
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel
from sqlmodel import Field, Session, SQLModel

from .deps import current_customer, get_session

app = FastAPI()


class Order(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int
    fraud_score: float = 0.0


class OrderPublic(BaseModel):
    id: int


@app.get("/orders/{order_id}")
def read_order(order_id: int, customer=Depends(current_customer), session: Session = Depends(get_session)):
    order = session.get(Order, order_id)
    if order is None or order.customer_id != customer.id:
        raise HTTPException(status_code=404)
    return order  # expect: PY-DATA-WHOLE-MODEL


@app.get("/orders/{order_id}/public", response_model=OrderPublic)
def read_order_public(order_id: int, customer=Depends(current_customer), session: Session = Depends(get_session)):
    order = session.get(Order, order_id)
    if order is None or order.customer_id != customer.id:
        raise HTTPException(status_code=404)
    return order  # ok: PY-DATA-WHOLE-MODEL


@app.get("/orders")
def list_orders(customer=Depends(current_customer), session: Session = Depends(get_session)):
    rows = session.query(Order).filter(Order.customer_id == customer.id).all()
    return jsonable_encoder(rows)  # expect: PY-DATA-WHOLE-MODEL


@app.get("/orders/summary")
def summary(customer=Depends(current_customer)):
    return {"customer": customer.id}  # ok: PY-DATA-WHOLE-MODEL
