from pathlib import Path

import strawberry

DOCS = Path("/srv/handbook")
INDEX = {p.name: p for p in DOCS.glob("*.md")}


@strawberry.type
class Query:
    @strawberry.field
    def page(self, name: str) -> str:
        path = INDEX.get(name)
        if path is None:
            raise ValueError("no such page")
        return path.read_text(encoding="utf-8")


schema = strawberry.Schema(query=Query)
