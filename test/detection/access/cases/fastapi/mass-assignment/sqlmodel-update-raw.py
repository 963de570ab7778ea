from fastapi import Body, Depends, FastAPI, HTTPException
from sqlmodel import Session

from .db import get_session
from .deps import current_user
from .models import Item

app = FastAPI()


@app.patch("/items/{item_id}")
def patch_item(item_id: int, data: dict = Body(...), user=Depends(current_user), session: Session = Depends(get_session)):
    item = session.get(Item, item_id)
    if item is None or item.owner_id != user.id:
        raise HTTPException(status_code=404)
    item.sqlmodel_update(data)
    session.add(item)
    session.commit()
    return {"id": item.id}
