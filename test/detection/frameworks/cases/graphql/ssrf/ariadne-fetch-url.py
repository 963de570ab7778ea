import requests
from ariadne import QueryType, gql, make_executable_schema

type_defs = gql("""
    type Query { linkStatus(url: String!): Int }
""")
query = QueryType()


@query.field("linkStatus")
def resolve_link_status(_, info, url):
    return requests.head(url, timeout=5, allow_redirects=True).status_code


schema = make_executable_schema(type_defs, query)
