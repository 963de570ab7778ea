from fastapi import Cookie, FastAPI, Form, HTTPException, Response

from .sessions import get_or_create
from .users import verify_password_for

app = FastAPI()


@app.post("/login")
def login(response: Response, username: str = Form(), password: str = Form(), sid: str | None = Cookie(default=None)):
    user = verify_password_for(username, password)
    if user is None:
        raise HTTPException(status_code=401, detail="Invalid login")
    sid, data = get_or_create(sid)
    data["user_id"] = user.id
    response.set_cookie("sid", sid, httponly=True, secure=True, samesite="lax")
    return {"ok": True}
