from typing import Literal

from flask import Flask, redirect, request
from pydantic import BaseModel

from auth import finish_sso

app = Flask(__name__)
PAGES = {"home": "/", "inbox": "/inbox", "settings": "/settings"}


class SsoCallback(BaseModel):
    code: str
    return_to: Literal["home", "inbox", "settings"] = "home"


@app.get("/sso/callback")
def sso_callback():
    cb = SsoCallback.model_validate(request.args.to_dict())
    finish_sso(cb.code)
    return redirect(PAGES[cb.return_to])
