import os

from fastapi import FastAPI
from starlette.middleware.errors import ServerErrorMiddleware

from .routers import api

app = FastAPI()
app.include_router(api.router)
app.add_middleware(ServerErrorMiddleware, debug=os.environ.get("API_DEBUG") == "1")
