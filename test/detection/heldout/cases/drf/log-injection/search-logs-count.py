import logging

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Article

logger = logging.getLogger("search")


@api_view(["GET"])
def search(request):
    term = request.query_params.get("q", "")
    results = list(Article.objects.filter(title__icontains=term).values("id", "title")[:50])
    logger.info("search by user %s returned %d results", request.user.pk, len(results))
    return Response(results)
