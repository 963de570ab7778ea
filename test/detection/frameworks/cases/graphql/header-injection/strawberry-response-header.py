import strawberry
from strawberry.types import Info


@strawberry.type
class Mutation:
    @strawberry.mutation
    def set_locale(self, info: Info, locale: str) -> str:
        info.context["response"].headers["Content-Language"] = locale
        return locale


@strawberry.type
class Query:
    ok: bool = True


schema = strawberry.Schema(query=Query, mutation=Mutation)
