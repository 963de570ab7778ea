import sqlite3

import graphene


class RenameProject(graphene.Mutation):
    class Arguments:
        project_id = graphene.ID(required=True)
        name = graphene.String(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, project_id, name):
        db = sqlite3.connect("projects.db")
        db.execute("UPDATE projects SET name = '" + name + "' WHERE id = " + str(int(project_id)))
        db.commit()
        return RenameProject(ok=True)


class Mutation(graphene.ObjectType):
    rename_project = RenameProject.Field()


class Query(graphene.ObjectType):
    ping = graphene.String(default_value="pong")


schema = graphene.Schema(query=Query, mutation=Mutation)
