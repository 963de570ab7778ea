import secrets
from datetime import datetime, timedelta, timezone

from fastapi import BackgroundTasks, Depends, FastAPI
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_session
from .mail import send_reset_mail
from .models import PasswordReset, User

app = FastAPI()


class ResetRequest(BaseModel):
    email: EmailStr


@app.post("/password-reset", status_code=202)
def request_reset(body: ResetRequest, tasks: BackgroundTasks, db: Session = Depends(get_session)):
    user = db.query(User).filter_by(email=body.email).first()
    if user is not None:
        reset = PasswordReset(
            user_id=user.id,
            password_reset_sent_at=datetime.now(timezone.utc),
            expires_at=datetime.now(timezone.utc) + timedelta(hours=1),
            selector=secrets.token_hex(8),
        )
        db.add(reset)
        db.commit()
        tasks.add_task(send_reset_mail, user.email, reset.selector)
    return {"detail": "If the address is registered, a message is on its way."}
