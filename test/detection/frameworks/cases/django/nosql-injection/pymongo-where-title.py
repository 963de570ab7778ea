from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from pymongo import MongoClient

notes = MongoClient(settings.MONGO_URL).notes.notes


@login_required
def search_notes(request):
    q = request.GET.get("q", "")
    cursor = notes.find({"owner": request.user.username, "$where": f"this.title.indexOf('{q}') >= 0"}, {"_id": 0})
    return JsonResponse({"notes": list(cursor.limit(50))})
