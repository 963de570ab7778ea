import graphene
from django.contrib.auth import authenticate
from graphql_jwt.shortcuts import get_token

from .throttle import ratelimit_mutation


class Login(graphene.Mutation):
    class Arguments:
        username = graphene.String(required=True)
        password = graphene.String(required=True)

    token = graphene.String()

    @staticmethod
    @ratelimit_mutation(rate="5/m")
    def mutate(root, info, username, password):
        user = authenticate(info.context, username=username, password=password)
        if user is None:
            raise Exception("invalid credentials")
        return Login(token=get_token(user))


class Mutation(graphene.ObjectType):
    login = Login.Field()


schema = graphene.Schema(mutation=Mutation)
