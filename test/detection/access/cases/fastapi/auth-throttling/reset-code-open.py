from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .accounts import find_reset, set_password

app = FastAPI()


class ResetConfirm(BaseModel):
    email: str
    code: str
    new_password: str


@app.post("/password-reset/confirm")
async def confirm_reset(body: ResetConfirm):
    reset = await find_reset(body.email)
    if reset is None or reset.code != body.code:
        raise HTTPException(status_code=400, detail="Invalid code")
    await set_password(reset.user_id, body.new_password)
    return {"ok": True}
