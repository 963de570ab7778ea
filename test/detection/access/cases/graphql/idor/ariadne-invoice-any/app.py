from ariadne import load_schema_from_path, make_executable_schema
from ariadne.asgi import GraphQL
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware

from billing.auth import SessionBackend
from resolvers import mutation, query

type_defs = load_schema_from_path("schema.graphql")
schema = make_executable_schema(type_defs, query, mutation)

app = Starlette(middleware=[Middleware(AuthenticationMiddleware, backend=SessionBackend())])
app.mount("/graphql", GraphQL(schema, debug=False))
