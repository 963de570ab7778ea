import traceback

from rest_framework.response import Response
from rest_framework.views import APIView

from .reports import build_report


class ReportView(APIView):
    def get(self, request, name):
        try:
            return Response(build_report(request.user, name))
        except Exception:
            return Response({"error": "report failed", "trace": traceback.format_exc()}, status=500)
