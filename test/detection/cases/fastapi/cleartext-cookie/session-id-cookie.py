import secrets

from fastapi import FastAPI, Form, HTTPException, Response

from .auth import authenticate
from .sessions import store

app = FastAPI()


@app.post("/login")
def login(response: Response, username: str = Form(), password: str = Form()):
    user = authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401)
    session_id = secrets.token_urlsafe(32)
    store.put(session_id, user.id)
    response.set_cookie("session_id", session_id, httponly=True, secure=True, samesite="lax")
    return {"ok": True}
