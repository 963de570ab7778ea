from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_db
from .deps import current_user
from .models import Account

app = FastAPI()


class AccountSettings(BaseModel):
    company_name: str
    billing_email: str
    locale: str = "en"


@app.put("/account/settings")
def save_settings(settings: AccountSettings, user=Depends(current_user), db: Session = Depends(get_db)):
    db.query(Account).filter(Account.id == user.account_id).update(settings.model_dump())
    db.commit()
    return {"ok": True}
