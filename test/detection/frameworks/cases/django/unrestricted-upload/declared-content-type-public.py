import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

public_storage = FileSystemStorage(location=settings.MEDIA_ROOT / "public", base_url=settings.MEDIA_URL + "public/")


@login_required
@require_POST
def upload_banner(request):
    banner = request.FILES.get("banner")
    if banner is None or not banner.content_type.startswith("image/"):
        return HttpResponseBadRequest("images only")
    name = public_storage.save(f"banners/{uuid.uuid4().hex}{Path(banner.name).suffix}", banner)
    return JsonResponse({"url": public_storage.url(name)}, status=201)
