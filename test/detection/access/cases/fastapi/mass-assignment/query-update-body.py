from fastapi import Body, Depends, FastAPI
from sqlalchemy.orm import Session

from .db import get_db
from .deps import current_user
from .models import Account

app = FastAPI()


@app.put("/account/settings")
def save_settings(settings: dict = Body(...), user=Depends(current_user), db: Session = Depends(get_db)):
    db.query(Account).filter(Account.id == user.account_id).update(settings)
    db.commit()
    return {"ok": True}
