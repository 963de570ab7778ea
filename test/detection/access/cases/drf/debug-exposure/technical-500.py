import sys

from django.views.debug import technical_500_response
from rest_framework.response import Response
from rest_framework.views import APIView

from .sync import sync_inventory


class SyncView(APIView):
    def post(self, request):
        try:
            return Response({"synced": sync_inventory()})
        except Exception:
            return technical_500_response(request, *sys.exc_info())
