from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import get_current_user

app = FastAPI()


class UserInDB(BaseModel):
    username: str
    email: str
    full_name: str | None = None
    hashed_password: str


@app.get("/users/me", response_model=UserInDB)
def read_me(user: UserInDB = Depends(get_current_user)):
    return user
