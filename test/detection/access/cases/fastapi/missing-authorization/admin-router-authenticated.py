from fastapi import APIRouter, Depends, FastAPI

from .auth import get_current_user
from .features import flags

admin = APIRouter(prefix="/admin", dependencies=[Depends(get_current_user)])


@admin.put("/feature-flags/{name}")
def set_flag(name: str, enabled: bool):
    flags.set(name, enabled)
    return {"name": name, "enabled": enabled}


app = FastAPI()
app.include_router(admin)
