from django.conf import settings
from pymongo import MongoClient
from rest_framework.decorators import api_view
from rest_framework.response import Response

client = MongoClient(settings.MONGO_URL)
reviews = client.shop.reviews


@api_view(["GET"])
def reviews_by_author(request):
    author = request.query_params.get("author", "")
    cursor = reviews.find({"$where": f"this.author == '{author}' && this.published"})
    return Response([{"title": r["title"], "stars": r["stars"]} for r in cursor.limit(50)])
