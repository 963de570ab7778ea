import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .storage import within_media


@login_required
def download(request):
    path = os.path.join(settings.MEDIA_ROOT, request.GET.get("file", ""))
    if not within_media(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)
