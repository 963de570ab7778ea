import graphene
from django.contrib.auth import get_user_model
from graphene_django import DjangoObjectType
from graphene_sqlalchemy import SQLAlchemyObjectType

from .models import Account, Article


class UserType(DjangoObjectType):
    class Meta:
        model = get_user_model()
        fields = "__all__"  # expect: PY-DATA-GRAPHENE-ALL-FIELDS


class PublicUserType(DjangoObjectType):
    class Meta:
        model = get_user_model()
        fields = ("id", "username", "first_name")  # ok: PY-DATA-GRAPHENE-ALL-FIELDS


class AccountType(SQLAlchemyObjectType):
    class Meta:
        model = Account  # expect: PY-DATA-GRAPHENE-ALL-FIELDS


class SafeAccountType(SQLAlchemyObjectType):
    class Meta:
        model = Account  # ok: PY-DATA-GRAPHENE-ALL-FIELDS
        exclude_fields = ("password_hash", "api_token")


class ArticleType(DjangoObjectType):
    class Meta:
        model = Article
        fields = "__all__"  # ok: PY-DATA-GRAPHENE-ALL-FIELDS


class Query(graphene.ObjectType):
    me = graphene.Field(UserType)
