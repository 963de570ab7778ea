from bson import ObjectId
from bson.errors import InvalidId
from django.conf import settings
from pymongo import MongoClient
from rest_framework.decorators import api_view
from rest_framework.response import Response

reviews = MongoClient(settings.MONGO_URL).shop.reviews


@api_view(["GET"])
def review_detail(request):
    try:
        review_id = ObjectId(request.query_params.get("id", ""))
    except InvalidId:
        return Response({"error": "bad id"}, status=400)
    doc = reviews.find_one({"_id": review_id, "published": True})
    if doc is None:
        return Response(status=404)
    return Response({"title": doc["title"], "body": doc["body"]})
