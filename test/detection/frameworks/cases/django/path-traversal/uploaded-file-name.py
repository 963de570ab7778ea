import os

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def upload_scan(request):
    scan = request.FILES["scan"]
    path = os.path.join(settings.MEDIA_ROOT, "scans", scan.name)
    with open(path, "wb") as out:
        for chunk in scan.chunks():
            out.write(chunk)
    return JsonResponse({"stored": scan.name}, status=201)
