# FastAPI bodies: a free-form dict and a schema declaring is_superuser are spread; a schema of editable fields is not.
from fastapi import Body, Depends, FastAPI
from pydantic import BaseModel

from .deps import current_user, get_db
from .models import User

app = FastAPI()


class UserUpdate(BaseModel):
    full_name: str | None = None
    is_superuser: bool | None = None


class UserUpdateMe(BaseModel):
    full_name: str | None = None
    email: str | None = None


@app.patch("/users/{user_id}")
def update_user(user_id: int, changes: UserUpdate, user=Depends(current_user), db=Depends(get_db)):
    for field, value in changes.model_dump(exclude_unset=True).items():
        setattr(user, field, value)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.commit()
    return {"ok": True}


@app.patch("/users/me")
def update_me(changes: UserUpdateMe, user=Depends(current_user), db=Depends(get_db)):
    for field, value in changes.model_dump(exclude_unset=True).items():
        setattr(user, field, value)  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    db.commit()
    return {"ok": True}


@app.put("/settings")
def save_settings(settings: dict = Body(...), user=Depends(current_user), db=Depends(get_db)):
    db.query(User).filter(User.id == user.id).update(settings)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.commit()
    return {"ok": True}
