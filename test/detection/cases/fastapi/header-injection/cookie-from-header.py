from typing import Annotated

from fastapi import FastAPI, Header, Response

app = FastAPI()


@app.get("/session/bootstrap")
def bootstrap(response: Response, x_device: Annotated[str, Header()] = "web"):
    response.set_cookie("device", x_device, httponly=True, secure=True, samesite="lax")
    return {"device": x_device}
