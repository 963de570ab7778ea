from fastapi import Cookie, FastAPI, Response

app = FastAPI()


@app.post("/logout")
def logout(response: Response, sid: str | None = Cookie(default=None)):
    response.delete_cookie("sid")
    return {"detail": "signed out"}
