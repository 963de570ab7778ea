from fastapi import Depends, FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import Listing

app = FastAPI()


@app.get("/listings")
def listings(db: Session = Depends(get_db)):
    stmt = select(Listing.id, Listing.title, Listing.price).where(Listing.active.is_(True)).limit(50)
    return [dict(row._mapping) for row in db.execute(stmt)]
