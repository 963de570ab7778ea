from fastapi import Depends, FastAPI
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_db
from .models import User
from .security import hash_password

app = FastAPI()


class UserCreate(BaseModel):
    email: EmailStr
    name: str
    password: str


@app.post("/users", status_code=201)
def register(payload: UserCreate, db: Session = Depends(get_db)):
    data = payload.model_dump()
    data["hashed_password"] = hash_password(data.pop("password"))
    user = User(**data)
    db.add(user)
    db.commit()
    return {"id": user.id}
