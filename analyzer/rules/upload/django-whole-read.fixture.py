import hashlib

from django.core.files.uploadedfile import UploadedFile
from django.http import HttpResponseBadRequest, JsonResponse

MAX_FIRMWARE_BYTES = 16 * 1024 * 1024


def upload_firmware(request):
    image = request.FILES.get("image")
    if image is None:
        return HttpResponseBadRequest("no file")
    blob = image.read()  # expect: PY-UPLOAD-DJANGO-WHOLE-READ
    return JsonResponse({"sha256": hashlib.sha256(blob).hexdigest()})


def upload_firmware_checked(request):
    image = request.FILES["image"]
    if image.size > MAX_FIRMWARE_BYTES:
        return HttpResponseBadRequest("firmware image too large")
    blob = image.read()  # ok: PY-UPLOAD-DJANGO-WHOLE-READ
    return JsonResponse({"sha256": hashlib.sha256(blob).hexdigest()})


def upload_firmware_chunked(request):
    digest = hashlib.sha256()
    for chunk in request.FILES["image"].chunks():
        digest.update(chunk)
    header = request.FILES["image"].read(512)  # ok: PY-UPLOAD-DJANGO-WHOLE-READ
    return JsonResponse({"sha256": digest.hexdigest(), "magic": header[:4].hex()})


def store_part(part: UploadedFile):
    return part.file.read()  # expect: PY-UPLOAD-DJANGO-WHOLE-READ


def notes(request):
    return JsonResponse({"text": request.body.decode()})  # ok: PY-UPLOAD-DJANGO-WHOLE-READ
