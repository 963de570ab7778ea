from fastapi import Depends, FastAPI, Request
from sqlalchemy.orm import Session

from .db import get_db
from .models import User
from .security import hash_password

app = FastAPI()


@app.post("/users", status_code=201)
async def register(request: Request, db: Session = Depends(get_db)):
    body = await request.json()
    body["hashed_password"] = hash_password(body.pop("password"))
    user = User(**body)
    db.add(user)
    db.commit()
    return {"id": user.id}
