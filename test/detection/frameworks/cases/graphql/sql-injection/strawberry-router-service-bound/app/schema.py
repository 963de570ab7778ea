import strawberry

from .services import find_invoices


@strawberry.type
class Invoice:
    number: str
    amount: float


@strawberry.type
class Query:
    @strawberry.field
    def invoices(self, customer_ref: str) -> list[Invoice]:
        return [Invoice(number=n, amount=a) for n, a in find_invoices(customer_ref)]


schema = strawberry.Schema(query=Query)
