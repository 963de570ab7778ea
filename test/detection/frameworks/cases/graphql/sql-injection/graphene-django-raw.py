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
        return list(Product.objects.raw(f"SELECT * FROM shop_product WHERE category = '{category}'"))


schema = graphene.Schema(query=Query)
