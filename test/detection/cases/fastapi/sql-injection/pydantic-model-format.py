from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql+psycopg2://inventory@db/inventory")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI()


def get_session():
    with SessionLocal() as session:
        yield session


class SupplierSearch(BaseModel):
    country: str
    min_rating: int = 0


@app.post("/suppliers/search")
def search_suppliers(body: SupplierSearch, db: Session = Depends(get_session)):
    sql = "SELECT id, name FROM suppliers WHERE country = '{}' AND rating >= {}".format(
        body.country, body.min_rating
    )
    return [dict(row._mapping) for row in db.execute(text(sql))]
