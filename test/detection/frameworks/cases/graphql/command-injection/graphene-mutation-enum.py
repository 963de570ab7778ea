import subprocess

import graphene


class Service(graphene.Enum):
    WEB = "nginx"
    WORKER = "app-worker"
    CACHE = "redis-server"


class RestartService(graphene.Mutation):
    class Arguments:
        service = Service(required=True)

    output = graphene.String()

    def mutate(root, info, service):
        result = subprocess.run(["sudo", "systemctl", "restart", service.value], capture_output=True, text=True)
        return RestartService(output=result.stdout + result.stderr)


class Mutation(graphene.ObjectType):
    restart_service = RestartService.Field()


class Query(graphene.ObjectType):
    ok = graphene.Boolean(default_value=True)


schema = graphene.Schema(query=Query, mutation=Mutation)
