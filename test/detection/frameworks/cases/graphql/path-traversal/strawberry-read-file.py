from pathlib import Path

import strawberry

DOCS = Path("/srv/handbook")


@strawberry.type
class Query:
    @strawberry.field
    def page(self, name: str) -> str:
        return (DOCS / name).read_text(encoding="utf-8")


schema = strawberry.Schema(query=Query)
