from ariadne import MutationType, QueryType, gql, make_executable_schema
from lxml import etree

type_defs = gql("""
    type Query { ok: Boolean }
    type Mutation { importContacts(xml: String!): Int }
""")
query = QueryType()
mutation = MutationType()


@mutation.field("importContacts")
def resolve_import_contacts(_, info, xml):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
    root = etree.fromstring(xml.encode(), parser)
    return len(root.findall("contact"))


schema = make_executable_schema(type_defs, query, mutation)
