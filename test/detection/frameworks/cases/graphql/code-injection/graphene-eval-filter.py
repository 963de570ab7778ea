import graphene

PRODUCTS = [{"name": "desk", "price": 250}, {"name": "lamp", "price": 40}]


class Product(graphene.ObjectType):
    name = graphene.String()
    price = graphene.Int()


class Query(graphene.ObjectType):
    products = graphene.List(Product, where=graphene.String(default_value="True"))

    def resolve_products(root, info, where):
        return [Product(**p) for p in PRODUCTS if eval(where, {}, dict(p))]


schema = graphene.Schema(query=Query)
