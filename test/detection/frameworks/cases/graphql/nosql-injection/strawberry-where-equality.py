import strawberry
from pymongo import MongoClient

events = MongoClient()["analytics"]["events"]


@strawberry.type
class Query:
    @strawberry.field
    def event_count(self, kind: str) -> int:
        return events.count_documents({"kind": kind})


schema = strawberry.Schema(query=Query)
