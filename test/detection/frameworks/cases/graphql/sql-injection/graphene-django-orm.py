import graphene
from graphene_django import DjangoObjectType

from shop.models import Product


class ProductType(DjangoObjectType):
    class Meta:
        model = Product
        fields = ("id", "name", "price")


class Query(graphene.ObjectType):
    products_in = graphene.List(ProductType, category=graphene.String(required=True))

    def resolve_products_in(root, info, category):
        return Product.objects.filter(category=category).only("id", "name", "price")


schema = graphene.Schema(query=Query)
