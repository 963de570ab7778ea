import os
from datetime import datetime, timezone

from fastapi import FastAPI, Form, HTTPException, Request
from starlette.middleware.sessions import SessionMiddleware

from .users import verify

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


@app.post("/login")
def login(request: Request, username: str = Form(), password: str = Form()):
    user = verify(username, password)
    if user is None:
        raise HTTPException(status_code=401)
    request.session.clear()
    request.session["user_id"] = user.id
    request.session["role"] = user.role
    request.session["last_seen"] = datetime.now(timezone.utc).isoformat()
    return {"ok": True}
