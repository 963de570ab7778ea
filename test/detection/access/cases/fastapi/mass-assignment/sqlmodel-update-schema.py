from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Session, SQLModel

from .db import get_session
from .deps import current_user
from .models import Item

app = FastAPI()


class ItemUpdate(SQLModel):
    title: str | None = None
    description: str | None = None


@app.patch("/items/{item_id}")
def patch_item(item_id: int, data: ItemUpdate, user=Depends(current_user), session: Session = Depends(get_session)):
    item = session.get(Item, item_id)
    if item is None or item.owner_id != user.id:
        raise HTTPException(status_code=404)
    item.sqlmodel_update(data.model_dump(exclude_unset=True))
    session.add(item)
    session.commit()
    return {"id": item.id}
