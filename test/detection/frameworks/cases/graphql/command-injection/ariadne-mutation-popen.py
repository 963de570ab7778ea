import os

from ariadne import MutationType, QueryType, gql, make_executable_schema

type_defs = gql("""
    type Query { ok: Boolean }
    type Mutation { checkCertificate(host: String!): String }
""")
query = QueryType()
mutation = MutationType()


@mutation.field("checkCertificate")
def resolve_check_certificate(_, info, host):
    return os.popen(f"echo | openssl s_client -connect {host}:443 2>/dev/null | openssl x509 -noout -dates").read()


schema = make_executable_schema(type_defs, query, mutation)
