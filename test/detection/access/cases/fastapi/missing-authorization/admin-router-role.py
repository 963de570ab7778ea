from fastapi import APIRouter, Depends, FastAPI, HTTPException

from .auth import get_current_user
from .features import flags


def require_role(role: str):
    def checker(user=Depends(get_current_user)):
        if role not in user.roles:
            raise HTTPException(status_code=403)
        return user

    return checker


admin = APIRouter(prefix="/admin", dependencies=[Depends(require_role("admin"))])


@admin.put("/feature-flags/{name}")
def set_flag(name: str, enabled: bool):
    flags.set(name, enabled)
    return {"name": name, "enabled": enabled}


app = FastAPI()
app.include_router(admin)
