import hmac

import redis.asyncio as redis
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .accounts import find_reset, set_password

app = FastAPI()
cache = redis.Redis()


class ResetConfirm(BaseModel):
    email: str
    code: str
    new_password: str


@app.post("/password-reset/confirm")
async def confirm_reset(body: ResetConfirm):
    key = f"reset-failures:{body.email.lower()}"
    if int(await cache.get(key) or 0) >= 5:
        raise HTTPException(status_code=429, detail="Too many attempts")
    reset = await find_reset(body.email)
    if reset is None or not hmac.compare_digest(reset.code, body.code):
        await cache.incr(key)
        await cache.expire(key, 3600)
        raise HTTPException(status_code=400, detail="Invalid code")
    await cache.delete(key)
    await set_password(reset.user_id, body.new_password)
    return {"ok": True}
