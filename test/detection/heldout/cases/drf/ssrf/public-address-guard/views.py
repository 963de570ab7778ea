import requests
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .netguard import is_public_http_url


@api_view(["POST"])
def unfurl(request):
    url = request.data.get("url", "")
    if not is_public_http_url(url):
        return Response({"detail": "url not allowed"}, status=400)
    page = requests.get(url, timeout=5, allow_redirects=False)
    return Response({"status": page.status_code, "length": len(page.content)})
