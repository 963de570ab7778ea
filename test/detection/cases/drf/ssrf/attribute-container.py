from dataclasses import dataclass, field

import requests
from rest_framework.decorators import api_view
from rest_framework.response import Response


@dataclass
class Notification:
    event: str
    targets: list = field(default_factory=list)


@api_view(["POST"])
def subscribe_and_ping(request):
    note = Notification(event="subscribed")
    note.targets.append(request.data["callback_url"])
    delivered = 0
    for target in note.targets:
        if requests.post(target, json={"event": note.event}, timeout=5).ok:
            delivered += 1
    return Response({"delivered": delivered})
