from sqlalchemy import text
from sqlalchemy.orm import Session


def suppliers_named(db: Session, name_prefix: str, limit: int = 20):
    sql = f"SELECT id, name, country FROM suppliers WHERE name LIKE '{name_prefix}%' LIMIT {limit}"
    return [dict(r._mapping) for r in db.execute(text(sql))]
