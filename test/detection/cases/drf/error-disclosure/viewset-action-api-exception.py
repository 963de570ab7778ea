import logging

from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.response import Response

from .models import Report
from .serializers import ReportSerializer

logger = logging.getLogger(__name__)


class RenderFailed(APIException):
    status_code = 503
    default_detail = "The report could not be rendered right now."
    default_code = "render_failed"


class ReportViewSet(viewsets.ModelViewSet):
    queryset = Report.objects.all()
    serializer_class = ReportSerializer

    @action(detail=True, methods=["post"])
    def render(self, request, pk=None):
        report = self.get_object()
        try:
            url = report.render_pdf()
        except (OSError, RuntimeError) as err:
            logger.error("render of report %s failed: %r", report.pk, err)
            raise RenderFailed()
        return Response({"url": url})
