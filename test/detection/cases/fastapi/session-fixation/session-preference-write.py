import os

from fastapi import FastAPI, Request
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


class Prefs(BaseModel):
    currency: str
    page_size: int


@app.put("/preferences")
def set_prefs(request: Request, prefs: Prefs):
    request.session["currency"] = prefs.currency.upper()[:3]
    request.session["page_size"] = max(10, min(prefs.page_size, 100))
    return {"saved": True}
