import strawberry
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://app@db/app")


@strawberry.type
class Customer:
    id: int
    email: str


@strawberry.type
class Query:
    @strawberry.field
    def customers(self, domain: str) -> list[Customer]:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT id, email FROM customers WHERE email LIKE '%@{domain}'")).all()
        return [Customer(id=r.id, email=r.email) for r in rows]


schema = strawberry.Schema(query=Query)
