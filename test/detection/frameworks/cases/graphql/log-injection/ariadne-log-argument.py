import logging

from ariadne import QueryType, gql, make_executable_schema

log = logging.getLogger("graphql.search")
type_defs = gql("""
    type Query { search(term: String!): [String!]! }
""")
query = QueryType()


@query.field("search")
def resolve_search(_, info, term):
    log.info("search term=%s", term)
    return []


schema = make_executable_schema(type_defs, query)
