import base64
import os

import graphene

MEDIA_ROOT = "/srv/media"


class UploadImage(graphene.Mutation):
    class Arguments:
        filename = graphene.String(required=True)
        content = graphene.String(required=True)

    path = graphene.String()

    def mutate(root, info, filename, content):
        path = os.path.join(MEDIA_ROOT, "images", filename)
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(content))
        return UploadImage(path=path)


class Mutation(graphene.ObjectType):
    upload_image = UploadImage.Field()


class Query(graphene.ObjectType):
    ok = graphene.Boolean(default_value=True)


schema = graphene.Schema(query=Query, mutation=Mutation)
