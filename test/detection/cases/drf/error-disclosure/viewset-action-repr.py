from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Report
from .serializers import ReportSerializer


class ReportViewSet(viewsets.ModelViewSet):
    queryset = Report.objects.all()
    serializer_class = ReportSerializer

    @action(detail=True, methods=["post"])
    def render(self, request, pk=None):
        report = self.get_object()
        try:
            url = report.render_pdf()
        except (OSError, RuntimeError) as err:
            return Response({"error": repr(err), "report": report.pk}, status=500)
        return Response({"url": url})
