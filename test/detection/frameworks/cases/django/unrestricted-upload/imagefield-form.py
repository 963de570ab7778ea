import uuid

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}


class PhotoForm(forms.Form):
    photo = forms.ImageField()


@login_required
@require_POST
def upload_photo(request):
    form = PhotoForm(request.POST, request.FILES)
    if not form.is_valid():
        return HttpResponseBadRequest("not an image")
    photo = form.cleaned_data["photo"]
    ext = EXTENSIONS.get(photo.image.format)
    if ext is None:
        return HttpResponseBadRequest("unsupported image format")
    stored = default_storage.save(f"photos/{request.user.pk}/{uuid.uuid4().hex}.{ext}", photo)
    return JsonResponse({"url": default_storage.url(stored)}, status=201)
