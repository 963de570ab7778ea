from fastapi import Depends, FastAPI

from app.auth import get_current_user
from app.routers import items
from app.store import items_store

app = FastAPI()
app.include_router(items.router, prefix="/items", dependencies=[Depends(get_current_user)])


@app.post("/maintenance/purge-items")
def purge_items(older_than_days: int = 30):
    removed = items_store.purge(older_than_days)
    return {"removed": removed}
