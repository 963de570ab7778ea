from fastapi import Depends, FastAPI, Header, HTTPException

from .auth import current_user
from .models import User

app = FastAPI()


@app.get("/projects")
def projects(user: User = Depends(current_user), x_tenant: str = Header()):
    membership = next((m for m in user.memberships if m.tenant.slug == x_tenant), None)
    if membership is None:
        raise HTTPException(status_code=403, detail="not a member of this tenant")
    return [{"id": p.id, "name": p.name} for p in membership.tenant.projects]
