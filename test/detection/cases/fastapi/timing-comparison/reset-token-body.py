from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .models import ResetTicket

app = FastAPI()


class ResetConfirm(BaseModel):
    ticket_id: int
    token: str
    new_password: str


@app.post("/password-reset/confirm")
def confirm(body: ResetConfirm, db: Session = Depends(get_session)):
    ticket = db.get(ResetTicket, body.ticket_id)
    if ticket is None or ticket.token != body.token:
        raise HTTPException(status_code=400, detail="Invalid reset link")
    ticket.user.set_password(body.new_password)
    db.delete(ticket)
    db.commit()
    return {"detail": "Password updated"}
