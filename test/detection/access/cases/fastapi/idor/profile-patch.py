from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .auth import get_current_user
from .db import get_db
from .models import Profile

app = FastAPI()


class ProfileUpdate(BaseModel):
    display_name: str | None = None
    phone: str | None = None


@app.patch("/profiles/{profile_id}")
def update_profile(profile_id: int, changes: ProfileUpdate, user=Depends(get_current_user), db: Session = Depends(get_db)):
    profile = db.get(Profile, profile_id)
    if profile is None:
        raise HTTPException(status_code=404)
    for field, value in changes.model_dump(exclude_unset=True).items():
        setattr(profile, field, value)
    db.commit()
    return {"id": profile.id, "display_name": profile.display_name}
