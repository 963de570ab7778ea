from fastapi import Depends, FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_db
from .models import Member

app = FastAPI()


@app.get("/teams/{team_id}/members")
def team_members(team_id: int, user=Depends(current_user), db: Session = Depends(get_db)):
    members = db.query(Member).filter(Member.team_id == team_id, Member.team_id.in_(user.team_ids)).all()
    return JSONResponse(jsonable_encoder(members, exclude={"_sa_instance_state"}))
