import graphene
from graphene_django import DjangoObjectType
from graphql_jwt.decorators import login_required

from shop.models import Order


class OrderType(DjangoObjectType):
    class Meta:
        model = Order
        fields = ("id", "number", "status", "total", "shipping_address")


class Query(graphene.ObjectType):
    order = graphene.Field(OrderType, id=graphene.ID(required=True))
    my_orders = graphene.List(OrderType)

    @login_required
    def resolve_my_orders(root, info):
        return Order.objects.filter(customer=info.context.user)

    @login_required
    def resolve_order(root, info, id):
        return Order.objects.get(pk=id, customer=info.context.user)


schema = graphene.Schema(query=Query)
