from fastapi import Depends, FastAPI
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_db
from .models import Member

app = FastAPI()


class MemberOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    display_name: str
    role: str


@app.get("/teams/{team_id}/members", response_model=list[MemberOut])
def team_members(team_id: int, user=Depends(current_user), db: Session = Depends(get_db)):
    return db.query(Member).filter(Member.team_id == team_id, Member.team_id.in_(user.team_ids)).all()
