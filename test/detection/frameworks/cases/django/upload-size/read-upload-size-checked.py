import hashlib

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Firmware

MAX_FIRMWARE_BYTES = 16 * 1024 * 1024


@login_required
@require_POST
def upload_firmware(request):
    image = request.FILES.get("image")
    if image is None:
        return HttpResponseBadRequest("no file")
    if image.size > MAX_FIRMWARE_BYTES:
        return HttpResponseBadRequest("firmware image too large")
    blob = image.read()
    fw = Firmware.objects.create(sha256=hashlib.sha256(blob).hexdigest(), blob=blob, uploaded_by=request.user)
    return JsonResponse({"id": fw.pk, "sha256": fw.sha256}, status=201)
