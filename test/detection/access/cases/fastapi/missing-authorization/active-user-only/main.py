from fastapi import Depends, FastAPI

from app.deps import get_current_active_user
from app.tenants import set_plan

app = FastAPI()


@app.post("/admin/tenants/{tenant_id}/plan")
def change_plan(tenant_id: int, plan: str, user=Depends(get_current_active_user)):
    return set_plan(tenant_id, plan)
