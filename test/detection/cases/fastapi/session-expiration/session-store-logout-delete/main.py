from fastapi import Cookie, FastAPI, Response

from . import sessions

app = FastAPI()


@app.post("/logout")
def logout(response: Response, sid: str | None = Cookie(default=None)):
    if sid:
        sessions.destroy(sid)
    response.delete_cookie("sid")
    return {"detail": "signed out"}
