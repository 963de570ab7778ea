import logging

from rest_framework.response import Response
from rest_framework.views import APIView

from .sync import sync_inventory

log = logging.getLogger(__name__)


class SyncView(APIView):
    def post(self, request):
        try:
            return Response({"synced": sync_inventory()})
        except Exception:
            log.exception("inventory sync failed")
            raise
