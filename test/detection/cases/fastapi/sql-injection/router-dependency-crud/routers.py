from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from . import crud
from .deps import get_db

router = APIRouter(prefix="/suppliers", tags=["suppliers"])


@router.get("/")
def list_suppliers(prefix: str = "", db: Session = Depends(get_db)):
    return crud.suppliers_named(db, prefix)
