# assay-fixture: path=api/schema.py
from enum import Enum

import strawberry
from strawberry.fastapi import GraphQLRouter
from strawberry.types import Info


@strawberry.enum
class Locale(Enum):
    EN = "en"
    DE = "de"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def set_locale(self, info: Info, locale: str) -> str:
        # Served by strawberry.fastapi: the context's response is Starlette's, headers kept as given.
        info.context["response"].headers["Content-Language"] = locale  # expect: PY-INJ-HEADER
        return locale

    @strawberry.mutation
    def set_known_locale(self, info: Info, locale: Locale) -> str:
        info.context["response"].headers["Content-Language"] = locale.value  # ok: PY-INJ-HEADER
        return locale.value


@strawberry.type
class Query:
    ok: bool = True


schema = strawberry.Schema(query=Query, mutation=Mutation)
graphql_app = GraphQLRouter(schema)
