from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import RedirectResponse

from .auth import authenticate
from .sessions import create_session

app = FastAPI()


@app.post("/login")
def login(username: str = Form(), password: str = Form()):
    user = authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401)
    sid = create_session(user.id)
    response = RedirectResponse("/app?welcome=1", status_code=303)
    response.set_cookie("session", sid, httponly=True, secure=True, samesite="lax")
    return response
