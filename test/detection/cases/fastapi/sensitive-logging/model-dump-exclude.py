import logging

from fastapi import FastAPI
from pydantic import BaseModel, EmailStr

from .users import create_user

app = FastAPI()
logger = logging.getLogger("signup")


class SignUp(BaseModel):
    email: EmailStr
    display_name: str
    password: str


@app.post("/signup", status_code=201)
def signup(body: SignUp):
    logger.info("signup %s", body.model_dump(exclude={"password"}))
    user = create_user(body)
    return {"id": user.id}
