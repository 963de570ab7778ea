from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .deps import current_user
from .db import get_db

app = FastAPI()


class UserUpdateMe(BaseModel):
    full_name: str | None = None
    email: str | None = None


@app.patch("/users/me")
def update_me(changes: UserUpdateMe, user=Depends(current_user), db: Session = Depends(get_db)):
    for field, value in changes.model_dump(exclude_unset=True).items():
        setattr(user, field, value)
    db.commit()
    return {"id": user.id, "full_name": user.full_name}
