import json

from django.conf import settings
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_POST
from pymongo import MongoClient

invites = MongoClient(settings.MONGO_URL).events.invites


@require_POST
def redeem_invite(request):
    body = json.loads(request.body)
    code = str(body.get("code", ""))
    invite = invites.find_one_and_update({"code": code, "redeemed": False}, {"$set": {"redeemed": True}})
    if invite is None:
        raise Http404
    return JsonResponse({"event": invite["event_id"]})
