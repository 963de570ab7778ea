from urllib.parse import urlparse

import httpx
import requests
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

ALLOWED = {"cdn.example.com"}


@api_view(["POST"])
def preview(request):
    url = request.data["url"]
    requests.get(url, timeout=5)  # expect: PY-INJ-SSRF
    requests.get(f"https://api.example.com/items/{url}", timeout=5)  # ok: PY-INJ-SSRF
    with httpx.Client() as client:
        client.get(url)  # expect: PY-INJ-SSRF
    if urlparse(url).hostname not in ALLOWED:
        raise ValidationError("host")
    requests.get(url, timeout=5)  # ok: PY-INJ-SSRF
    return Response({})
