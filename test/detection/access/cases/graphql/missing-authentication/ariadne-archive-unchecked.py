from ariadne import MutationType, QueryType, make_executable_schema
from graphql import GraphQLError

from .store import projects

type_defs = """
type Query { projects: [Project!]! }
type Mutation { archiveProject(id: ID!): Boolean! }
type Project { id: ID! name: String! }
"""

query = QueryType()
mutation = MutationType()


@query.field("projects")
def resolve_projects(_, info):
    user = info.context["request"].user
    if user.is_anonymous:
        raise GraphQLError("login required")
    return projects.for_member(user.id)


@mutation.field("archiveProject")
def resolve_archive(_, info, id):
    projects.archive(int(id))
    return True


schema = make_executable_schema(type_defs, query, mutation)
