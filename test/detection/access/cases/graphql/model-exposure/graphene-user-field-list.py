import graphene
from django.contrib.auth import get_user_model
from graphene_django import DjangoObjectType
from graphql_jwt.decorators import login_required


class UserType(DjangoObjectType):
    class Meta:
        model = get_user_model()
        fields = ("id", "username", "first_name", "date_joined")


class Query(graphene.ObjectType):
    member = graphene.Field(UserType, username=graphene.String(required=True))

    @login_required
    def resolve_member(root, info, username):
        return get_user_model().objects.get(username=username)


schema = graphene.Schema(query=Query)
