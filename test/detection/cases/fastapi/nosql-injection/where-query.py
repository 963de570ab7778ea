from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
db = AsyncIOMotorClient("mongodb://mongo:27017").inventory


@app.get("/movements")
async def movements(sku: str):
    cursor = db.movements.find({"$where": "this.sku == '%s'" % sku}, {"_id": 0})
    return await cursor.to_list(length=100)
