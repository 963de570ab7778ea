import os

from fastapi import FastAPI
from starlette.applications import Starlette as App

from .config import settings

app = FastAPI(title="Orders API", version="1.4.0", debug=True)  # expect: PY-FASTAPI-DEBUG
internal = App(debug=True, routes=[])  # expect: PY-FASTAPI-DEBUG
public = FastAPI(title="Catalogue API", debug=settings.debug)  # ok: PY-FASTAPI-DEBUG
admin = FastAPI(debug=os.getenv("ADMIN_DEBUG", "0") == "1")  # ok: PY-FASTAPI-DEBUG
docs = FastAPI(docs_url=None, debug=False)  # ok: PY-FASTAPI-DEBUG
