from fastapi import Depends, FastAPI
from pydantic import BaseModel, EmailStr
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import Session, declarative_base

from .db import get_session

Base = declarative_base()
app = FastAPI()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String, unique=True)
    password = Column(String)


class SignUp(BaseModel):
    email: EmailStr
    password: str


@app.post("/signup", status_code=201)
def signup(body: SignUp, db: Session = Depends(get_session)):
    user = User(email=body.email, password=body.password)
    db.add(user)
    db.commit()
    return {"id": user.id}
