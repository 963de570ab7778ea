from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi_limiter.depends import RateLimiter
from pydantic import BaseModel

from .auth import authenticate_user, new_session

app = FastAPI()


class Credentials(BaseModel):
    email: str
    password: str


@app.post("/api/login", dependencies=[Depends(RateLimiter(times=5, seconds=60))])
async def login(creds: Credentials, response: Response):
    user = await authenticate_user(creds.email, creds.password)
    if user is None:
        raise HTTPException(status_code=401)
    response.set_cookie("sid", await new_session(user), httponly=True, secure=True, samesite="lax")
    return {"ok": True}
