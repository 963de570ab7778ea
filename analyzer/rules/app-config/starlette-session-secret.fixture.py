from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

from .config import settings

SESSION_SECRET = "k9#Qz!2mW@8rLp0s"

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="some-random-string")  # expect: PY-FASTAPI-SESSION-SECRET
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True)  # ok: PY-FASTAPI-SESSION-SECRET
middleware = [
    Middleware(SessionMiddleware, secret_key=SESSION_SECRET),  # expect: PY-FASTAPI-SESSION-SECRET
]
