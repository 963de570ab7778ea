import base64
import pickle

import graphene


class Page(graphene.ObjectType):
    items = graphene.List(graphene.String)
    next_cursor = graphene.String()


class Query(graphene.ObjectType):
    feed = graphene.Field(Page, cursor=graphene.String())

    def resolve_feed(root, info, cursor=None):
        state = pickle.loads(base64.urlsafe_b64decode(cursor)) if cursor else {"offset": 0}
        offset = state["offset"]
        items = [f"item-{n}" for n in range(offset, offset + 10)]
        return Page(items=items, next_cursor=base64.urlsafe_b64encode(pickle.dumps({"offset": offset + 10})).decode())


schema = graphene.Schema(query=Query)
