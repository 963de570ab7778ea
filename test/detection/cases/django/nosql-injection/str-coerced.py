from django.conf import settings
from django.http import JsonResponse
from pymongo import MongoClient

events = MongoClient(settings.MONGO_URL)["analytics"]["events"]


def events_for_session(request):
    session_key = str(request.GET.get("session", ""))
    kind = str(request.GET.get("kind", "page_view"))
    docs = events.find({"session": session_key, "kind": kind}, {"_id": 0}).limit(100)
    return JsonResponse({"events": list(docs)})
