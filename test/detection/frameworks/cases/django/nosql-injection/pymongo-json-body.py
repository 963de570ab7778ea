import json

from django.http import JsonResponse
from pymongo import MongoClient

logs = MongoClient()["ops"]["audit_log"]


def search_audit(request):
    criteria = json.loads(request.body)
    return JsonResponse({"entries": list(logs.find(criteria, {"_id": 0}).limit(100))})
