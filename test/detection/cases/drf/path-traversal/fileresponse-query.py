from pathlib import Path

from django.http import FileResponse
from rest_framework.views import APIView

DOCS = Path("/srv/shop/docs")


class ManualDownload(APIView):
    def get(self, request):
        doc = request.query_params.get("doc", "manual.pdf")
        return FileResponse(open(DOCS / doc, "rb"), as_attachment=True)
