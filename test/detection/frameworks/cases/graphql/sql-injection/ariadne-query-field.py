import sqlite3

from ariadne import QueryType, gql, make_executable_schema

type_defs = gql("""
    type Query {
        employees(department: String!): [Employee!]!
    }
    type Employee {
        id: Int!
        name: String!
    }
""")

query = QueryType()


@query.field("employees")
def resolve_employees(_, info, department):
    db = sqlite3.connect("hr.db")
    rows = db.execute("SELECT id, name FROM employees WHERE department = '%s'" % department).fetchall()
    return [{"id": i, "name": n} for i, n in rows]


schema = make_executable_schema(type_defs, query)
