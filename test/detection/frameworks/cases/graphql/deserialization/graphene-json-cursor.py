import base64
import json

import graphene


class Page(graphene.ObjectType):
    items = graphene.List(graphene.String)
    next_cursor = graphene.String()


class Query(graphene.ObjectType):
    feed = graphene.Field(Page, cursor=graphene.String())

    def resolve_feed(root, info, cursor=None):
        state = json.loads(base64.urlsafe_b64decode(cursor)) if cursor else {"offset": 0}
        offset = int(state["offset"])
        items = [f"item-{n}" for n in range(offset, offset + 10)]
        return Page(items=items, next_cursor=base64.urlsafe_b64encode(json.dumps({"offset": offset + 10}).encode()).decode())


schema = graphene.Schema(query=Query)
