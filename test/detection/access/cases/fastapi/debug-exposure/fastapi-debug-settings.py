from fastapi import FastAPI
from pydantic_settings import BaseSettings

from .routers import orders


class Settings(BaseSettings):
    debug: bool = False
    database_url: str = "postgresql://orders@db/orders"


settings = Settings()
app = FastAPI(title="Orders", debug=settings.debug)
app.include_router(orders.router)
