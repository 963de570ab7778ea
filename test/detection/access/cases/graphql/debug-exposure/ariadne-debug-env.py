import os

from ariadne import QueryType, load_schema_from_path, make_executable_schema
from ariadne.asgi import GraphQL

from .resolvers import resolve_report

query = QueryType()
query.set_field("report", resolve_report)
schema = make_executable_schema(load_schema_from_path("schema.graphql"), query)

app = GraphQL(schema, debug=os.environ.get("GRAPHQL_DEBUG") == "1")
