import os

from fastapi import FastAPI, Form, HTTPException, Request
from starlette.middleware.sessions import SessionMiddleware

from .users import verify_password_for

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


@app.post("/login")
def login(request: Request, username: str = Form(), password: str = Form()):
    user = verify_password_for(username, password)
    if user is None:
        raise HTTPException(status_code=401, detail="Invalid login")
    request.session.clear()
    request.session["user"] = user.username
    return {"ok": True}
