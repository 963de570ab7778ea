from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import ApiClient

app = FastAPI()


@app.get("/clients")
def list_clients(user=Depends(current_user), db: Session = Depends(get_session)):
    clients = db.query(ApiClient).filter(ApiClient.owner_id == user.id)
    return [{"id": c.id, "name": c.name, "client_secret": c.secret} for c in clients]
