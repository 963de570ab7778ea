import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def upload_scan(request):
    scan = request.FILES.get("scan")
    if scan is None:
        return HttpResponseBadRequest("no file")
    folder = os.path.join(settings.PRIVATE_UPLOADS, "scans", str(request.user.pk))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, scan.name), "wb") as out:
        for chunk in scan.chunks():
            out.write(chunk)
    return JsonResponse({"stored": scan.name}, status=201)
