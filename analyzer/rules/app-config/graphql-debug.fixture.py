import os

from ariadne import graphql_sync, make_executable_schema
from ariadne.asgi import GraphQL
from ariadne.wsgi import GraphQL as WsgiGraphQL

from .schema import type_defs

schema = make_executable_schema(type_defs)

app = GraphQL(schema, debug=True)  # expect: PY-GRAPHQL-DEBUG
wsgi_app = WsgiGraphQL(schema, debug=os.environ.get("GRAPHQL_DEBUG") == "1")  # ok: PY-GRAPHQL-DEBUG
quiet = GraphQL(schema)  # ok: PY-GRAPHQL-DEBUG


def run(data):
    return graphql_sync(schema, data, debug=True)  # expect: PY-GRAPHQL-DEBUG
