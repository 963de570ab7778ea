import os

from django.http import FileResponse, Http404
from rest_framework.views import APIView

DOCS = os.path.realpath("/srv/shop/docs")


class ManualDownload(APIView):
    def get(self, request):
        doc = os.path.basename(request.query_params.get("doc", "manual.pdf"))
        path = os.path.realpath(os.path.join(DOCS, doc))
        if os.path.commonpath([path, DOCS]) != DOCS:
            raise Http404()
        return FileResponse(open(path, "rb"), as_attachment=True)
