from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response):
    response.set_cookie(key="access_token", value="Bearer abc", samesite="strict")  # expect: PY-COOKIE-FLAGS
    response.set_cookie(key="access_token", value="Bearer abc", secure=True, httponly=True)  # ok: PY-COOKIE-FLAGS
    return {"ok": True}
