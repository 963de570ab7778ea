import json

from django.http import JsonResponse
from pymongo import MongoClient

logs = MongoClient()["ops"]["audit_log"]


def search_audit(request):
    body = json.loads(request.body)
    criteria = {"actor": str(body.get("actor", "")), "action": str(body.get("action", ""))}
    return JsonResponse({"entries": list(logs.find(criteria, {"_id": 0}).limit(100))})
