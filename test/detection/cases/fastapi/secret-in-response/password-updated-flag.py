from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field

from .auth import get_current_user
from .users import set_password

app = FastAPI()


class PasswordChange(BaseModel):
    new_password: str = Field(min_length=12)


@app.put("/users/me/password")
def change_password(body: PasswordChange, user=Depends(get_current_user)):
    set_password(user, body.new_password)
    return {"password_updated": True, "user": user.username}
