import subprocess

import graphene


class RestartService(graphene.Mutation):
    class Arguments:
        service = graphene.String(required=True)

    output = graphene.String()

    def mutate(root, info, service):
        result = subprocess.run(f"sudo systemctl restart {service}", shell=True, capture_output=True, text=True)
        return RestartService(output=result.stdout + result.stderr)


class Mutation(graphene.ObjectType):
    restart_service = RestartService.Field()


class Query(graphene.ObjectType):
    ok = graphene.Boolean(default_value=True)


schema = graphene.Schema(query=Query, mutation=Mutation)
