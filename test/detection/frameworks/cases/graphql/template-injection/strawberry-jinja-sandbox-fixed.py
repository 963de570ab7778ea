import strawberry
from jinja2 import Environment

SIGNATURE = Environment(autoescape=True).from_string("{{ name }} — {{ team }}\n{{ tagline }}")


@strawberry.type
class Mutation:
    @strawberry.mutation
    def render_signature(self, tagline: str) -> str:
        return SIGNATURE.render(name="Jordan", team="Support", tagline=tagline)


@strawberry.type
class Query:
    ok: bool = True


schema = strawberry.Schema(query=Query, mutation=Mutation)
