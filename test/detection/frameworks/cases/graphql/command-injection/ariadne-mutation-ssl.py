import socket
import ssl

from ariadne import MutationType, QueryType, gql, make_executable_schema

type_defs = gql("""
    type Query { ok: Boolean }
    type Mutation { checkCertificate(host: String!): String }
""")
query = QueryType()
mutation = MutationType()


@mutation.field("checkCertificate")
def resolve_check_certificate(_, info, host):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, 443), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.getpeercert()["notAfter"]


schema = make_executable_schema(type_defs, query, mutation)
