from sqlalchemy import create_engine, text

engine = create_engine("postgresql://shop@localhost/shop")


def list_orders(params):
    query = text(f"SELECT id, total FROM orders WHERE status = :status ORDER BY {params.sort}")
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query, {"status": params.status})]
