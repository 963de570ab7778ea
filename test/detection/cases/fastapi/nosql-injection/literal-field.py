from typing import Literal

from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
orders = MongoClient("mongodb://mongo:27017").inventory.purchase_orders


@app.get("/purchase-orders")
def purchase_orders(status: Literal["open", "received", "cancelled"] = "open"):
    return list(orders.find({"status": status}, {"_id": 0}).limit(50))
