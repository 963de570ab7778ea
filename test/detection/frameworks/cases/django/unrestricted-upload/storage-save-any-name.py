from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def upload_attachment(request):
    upload = request.FILES.get("attachment")
    if upload is None:
        return HttpResponseBadRequest("no file")
    stored = default_storage.save(f"attachments/{request.user.pk}/{upload.name}", upload)
    return JsonResponse({"url": default_storage.url(stored)}, status=201)
