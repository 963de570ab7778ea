from enum import Enum

import strawberry
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://app@db/app")


@strawberry.enum
class CustomerOrder(Enum):
    EMAIL = "email"
    CREATED = "created_at"


@strawberry.type
class Query:
    @strawberry.field
    def customer_emails(self, order: CustomerOrder = CustomerOrder.EMAIL) -> list[str]:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT email FROM customers ORDER BY {order.value}")).all()
        return [r.email for r in rows]


schema = strawberry.Schema(query=Query)
