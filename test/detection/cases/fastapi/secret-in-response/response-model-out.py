from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import get_current_user

app = FastAPI()


class UserOut(BaseModel):
    username: str
    email: str
    full_name: str | None = None


class UserInDB(UserOut):
    hashed_password: str


@app.get("/users/me", response_model=UserOut)
def read_me(user: UserInDB = Depends(get_current_user)):
    return user
