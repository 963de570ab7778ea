import json

from django.conf import settings
from django.http import JsonResponse
from pymongo import MongoClient

events = MongoClient(settings.MONGO_URL)["analytics"]["events"]


def query_events(request):
    criteria = json.loads(request.body or b"{}")
    docs = events.find(criteria, {"_id": 0}).limit(100)
    return JsonResponse({"events": list(docs)})
