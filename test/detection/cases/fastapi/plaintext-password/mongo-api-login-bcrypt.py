import bcrypt
from fastapi import FastAPI, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
users = AsyncIOMotorClient("mongodb://localhost:27017").app.users


class Login(BaseModel):
    username: str
    password: str


@app.post("/login")
async def login(body: Login):
    doc = await users.find_one({"username": body.username})
    if not doc or not bcrypt.checkpw(body.password.encode(), doc["password"]):
        raise HTTPException(status_code=401, detail="Invalid credentials")
    return {"user_id": str(doc["_id"])}
