from fastapi import APIRouter

from ..store import items_store

router = APIRouter()


@router.get("/")
def list_items():
    return items_store.all()


@router.delete("/{item_id}")
def delete_item(item_id: int):
    items_store.delete(item_id)
    return {"deleted": item_id}
