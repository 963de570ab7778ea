import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware as StarletteCORS

app = FastAPI()

app.add_middleware(  # expect: PY-CORS-STARLETTE-ANY-ORIGIN
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# A public read-only API: any origin, no cookies.
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])  # ok: PY-CORS-STARLETTE-ANY-ORIGIN

app.add_middleware(  # ok: PY-CORS-STARLETTE-ANY-ORIGIN
    CORSMiddleware,
    allow_origins=["https://shop.example.com", os.environ.get("EXTRA_ORIGIN", "")],
    allow_credentials=True,
)

middleware = [
    Middleware(StarletteCORS, allow_origin_regex=r".*", allow_credentials=True),  # expect: PY-CORS-STARLETTE-ANY-ORIGIN
    Middleware(StarletteCORS, allow_origin_regex=r"https://.*\.example\.com", allow_credentials=True),  # ok: PY-CORS-STARLETTE-ANY-ORIGIN
]
internal = Starlette(middleware=middleware)
