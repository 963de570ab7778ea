from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
items = MongoClient("mongodb://mongo:27017").inventory.items


@app.get("/items/below")
def below(threshold: int = 5, warehouse: int = 1):
    return list(items.find({"qty": {"$lt": threshold}, "warehouse": warehouse}, {"_id": 0}))
