import logging
import uuid

from rest_framework.response import Response
from rest_framework.views import APIView

from .reports import build_report

log = logging.getLogger(__name__)


class ReportView(APIView):
    def get(self, request, name):
        try:
            return Response(build_report(request.user, name))
        except Exception:
            ref = uuid.uuid4().hex
            log.exception("report %s failed (%s)", name, ref)
            return Response({"error": "report failed", "reference": ref}, status=500)
