import graphene

PRODUCTS = [{"name": "desk", "price": 250}, {"name": "lamp", "price": 40}]


class Product(graphene.ObjectType):
    name = graphene.String()
    price = graphene.Int()


class Query(graphene.ObjectType):
    products = graphene.List(Product, max_price=graphene.Int())

    def resolve_products(root, info, max_price=None):
        return [Product(**p) for p in PRODUCTS if max_price is None or p["price"] <= max_price]


schema = graphene.Schema(query=Query)
