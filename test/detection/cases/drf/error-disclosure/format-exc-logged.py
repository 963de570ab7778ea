import logging
import traceback

from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .sync import sync_inventory

log = logging.getLogger(__name__)


@api_view(["POST"])
def sync(request):
    try:
        result = sync_inventory(request.data["warehouse"])
    except Exception:
        log.error("inventory sync failed\n%s", traceback.format_exc())
        return Response({"detail": "Sync failed, try again later."}, status=status.HTTP_502_BAD_GATEWAY)
    return Response({"updated": result.updated})
