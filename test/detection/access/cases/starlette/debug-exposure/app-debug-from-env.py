from starlette.applications import Starlette
from starlette.config import Config
from starlette.routing import Mount

from .api import routes

config = Config(".env")

app = Starlette(debug=config("DEBUG", cast=bool, default=False), routes=[Mount("/api", routes=routes)])
