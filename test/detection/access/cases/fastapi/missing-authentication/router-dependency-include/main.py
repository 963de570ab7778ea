from fastapi import Depends, FastAPI

from app.auth import get_current_user
from app.routers import items

app = FastAPI()
app.include_router(items.router, prefix="/items", dependencies=[Depends(get_current_user)])
