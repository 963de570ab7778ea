import graphene
from pymongo import MongoClient

articles = MongoClient()["cms"]["articles"]


class Article(graphene.ObjectType):
    slug = graphene.String()
    title = graphene.String()


class Query(graphene.ObjectType):
    articles = graphene.List(Article, tag=graphene.String(required=True))

    def resolve_articles(root, info, tag):
        return [Article(slug=a["slug"], title=a["title"]) for a in articles.find({"tags": tag}).limit(25)]


schema = graphene.Schema(query=Query)
