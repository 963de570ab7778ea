from fastapi import FastAPI, Form, HTTPException, Response

from .auth import authenticate

app = FastAPI()


@app.post("/login")
def login(response: Response, username: str = Form(), password: str = Form(), remember: bool = Form(False)):
    if authenticate(username, password) is None:
        raise HTTPException(status_code=401)
    if remember:
        response.set_cookie("password", password, max_age=30 * 24 * 3600, httponly=True)
    return {"ok": True}
