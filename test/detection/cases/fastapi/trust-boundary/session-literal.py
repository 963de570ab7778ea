import os
from typing import Literal

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


@app.post("/ui/density")
def set_density(request: Request, density: Literal["comfortable", "compact"]):
    request.session["density"] = density
    return {"density": density}
