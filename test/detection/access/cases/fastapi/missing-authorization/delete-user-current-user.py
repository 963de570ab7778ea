from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

from .auth import get_current_user
from .db import get_db
from .models import User

app = FastAPI()


@app.delete("/admin/users/{user_id}", status_code=204)
def delete_user(user_id: int, current: User = Depends(get_current_user), db: Session = Depends(get_db)):
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    db.delete(user)
    db.commit()
