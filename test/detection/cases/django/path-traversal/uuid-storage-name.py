import os
import uuid

from django.conf import settings
from django.http import JsonResponse

ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".webp"}


def upload_photo(request):
    upload = request.FILES["photo"]
    ext = os.path.splitext(upload.name)[1].lower()
    if ext not in ALLOWED_EXT:
        return JsonResponse({"error": "unsupported type"}, status=400)
    name = uuid.uuid4().hex + ext
    with open(os.path.join(settings.MEDIA_ROOT, "photos", name), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"stored": name})
