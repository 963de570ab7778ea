from urllib.parse import urlsplit

import requests
from ariadne import QueryType, gql, make_executable_schema

type_defs = gql("""
    type Query { linkStatus(url: String!): Int }
""")
query = QueryType()
ALLOWED = {"docs.example.com", "blog.example.com"}


@query.field("linkStatus")
def resolve_link_status(_, info, url):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED:
        raise ValueError("host not allowed")
    return requests.head(url, timeout=5, allow_redirects=False).status_code


schema = make_executable_schema(type_defs, query)
