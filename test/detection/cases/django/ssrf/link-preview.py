import json

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def link_preview(request):
    payload = json.loads(request.body)
    target = payload["url"]
    resp = requests.get(target, timeout=5, headers={"User-Agent": "shop-preview/1.0"})
    title = ""
    if "<title>" in resp.text:
        title = resp.text.split("<title>", 1)[1].split("</title>", 1)[0]
    return JsonResponse({"url": target, "status": resp.status_code, "title": title[:200]})
