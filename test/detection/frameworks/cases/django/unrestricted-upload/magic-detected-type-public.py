import uuid

import magic
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

public_storage = FileSystemStorage(location=settings.MEDIA_ROOT / "public", base_url=settings.MEDIA_URL + "public/")
IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}


@login_required
@require_POST
def upload_banner(request):
    banner = request.FILES.get("banner")
    if banner is None:
        return HttpResponseBadRequest("no file")
    detected = magic.from_buffer(banner.read(2048), mime=True)
    banner.seek(0)
    if detected not in IMAGE_TYPES:
        return HttpResponseBadRequest("images only")
    name = public_storage.save(f"banners/{uuid.uuid4().hex}.{IMAGE_TYPES[detected]}", banner)
    return JsonResponse({"url": public_storage.url(name)}, status=201)
