from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .sync import sync_inventory


@api_view(["POST"])
def sync(request):
    try:
        result = sync_inventory(request.data["warehouse"])
    except Exception as exc:
        return Response({"detail": f"Sync failed: {exc}"}, status=status.HTTP_502_BAD_GATEWAY)
    return Response({"updated": result.updated})
