import strawberry
from jinja2 import Template


@strawberry.type
class Mutation:
    @strawberry.mutation
    def render_signature(self, template: str) -> str:
        return Template(template).render(name="Jordan", team="Support")


@strawberry.type
class Query:
    ok: bool = True


schema = strawberry.Schema(query=Query, mutation=Mutation)
