import os

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])  # expect: PY-FASTAPI-SESSION-COOKIE
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)  # ok: PY-FASTAPI-SESSION-COOKIE
app.add_middleware(  # ok: PY-FASTAPI-SESSION-COOKIE
    SessionMiddleware,
    secret_key=os.environ["SESSION_SECRET"],
    https_only=os.environ.get("ENV") == "production",
)
middleware = [
    Middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True, same_site="none"),  # ok: PY-FASTAPI-SESSION-COOKIE
    Middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=False, same_site="none"),  # expect: PY-FASTAPI-SESSION-COOKIE
]
