import graphene
from pymongo import MongoClient

articles = MongoClient()["cms"]["articles"]


class Article(graphene.ObjectType):
    slug = graphene.String()
    title = graphene.String()


class Query(graphene.ObjectType):
    articles = graphene.List(Article, filter=graphene.JSONString(required=True))

    def resolve_articles(root, info, filter):
        return [Article(slug=a["slug"], title=a["title"]) for a in articles.find(filter).limit(25)]


schema = graphene.Schema(query=Query)
