from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session

from .db import get_db
from .models import Listing

app = FastAPI()


@app.get("/listings")
def listings(db: Session = Depends(get_db)):
    rows = db.query(Listing).filter(Listing.active.is_(True)).limit(50).all()
    return [{k: v for k, v in row.__dict__.items() if not k.startswith("_")} for row in rows]
