from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Recording


@login_required
@require_POST
def upload_recording(request):
    audio = request.FILES.get("audio")
    if audio is None:
        return HttpResponseBadRequest("no file")
    rec = Recording.objects.create(owner=request.user, title=request.POST.get("title", ""), audio=audio)
    return JsonResponse({"id": rec.pk}, status=201)
