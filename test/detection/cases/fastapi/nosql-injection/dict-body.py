from typing import Any

from fastapi import Body, FastAPI
from pymongo import MongoClient

app = FastAPI()
items = MongoClient("mongodb://mongo:27017").inventory.items


@app.post("/items/query")
def query_items(criteria: dict[str, Any] = Body(...)):
    return list(items.find(criteria, {"_id": 0}).limit(100))
