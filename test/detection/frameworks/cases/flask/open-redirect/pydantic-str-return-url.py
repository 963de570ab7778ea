from flask import Flask, redirect, request
from pydantic import BaseModel

from auth import finish_sso

app = Flask(__name__)


class SsoCallback(BaseModel):
    code: str
    return_url: str = "/"


@app.get("/sso/callback")
def sso_callback():
    cb = SsoCallback.model_validate(request.args.to_dict())
    finish_sso(cb.code)
    return redirect(cb.return_url)
