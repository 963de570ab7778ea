from enum import Enum

import strawberry
from strawberry.types import Info


@strawberry.enum
class Locale(Enum):
    EN = "en"
    DE = "de"
    FR = "fr"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def set_locale(self, info: Info, locale: Locale) -> str:
        info.context["response"].headers["Content-Language"] = locale.value
        return locale.value


@strawberry.type
class Query:
    ok: bool = True


schema = strawberry.Schema(query=Query, mutation=Mutation)
