import os

from fastapi import FastAPI, Request
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


class Profile(BaseModel):
    display_name: str
    shift: int


@app.post("/profile")
def set_profile(request: Request, profile: Profile):
    request.session["display_name"] = profile.display_name
    request.session["shift"] = profile.shift
    return {"ok": True}
