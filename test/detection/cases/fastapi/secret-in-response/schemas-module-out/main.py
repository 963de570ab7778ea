from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

from .auth import require_admin
from .db import get_session
from .models import AccountRow
from .schemas import Account

app = FastAPI()


@app.get("/admin/accounts", response_model=list[Account])
def accounts(admin=Depends(require_admin), db: Session = Depends(get_session)):
    return db.query(AccountRow).all()
