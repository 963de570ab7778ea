from urllib.parse import urlparse

import requests
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

ALLOWED_HOSTS = {"images.unsplash.example", "cdn.shop.example"}


@api_view(["POST"])
def import_image(request):
    url = request.data.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValidationError({"url": "host not allowed"})
    resp = requests.get(url, timeout=10)
    return Response({"bytes": len(resp.content)})
