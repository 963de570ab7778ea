from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.views.decorators.http import require_POST

from .models import Attachment, Project


@login_required
@require_POST
def add_attachment(request, project_pk):
    project = get_object_or_404(Project, pk=project_pk, members=request.user)
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("no file")
    attachment = Attachment.objects.create(project=project, file=upload, original_name=upload.name)
    return JsonResponse({"id": attachment.pk}, status=201)


@login_required
def download_attachment(request, pk):
    attachment = get_object_or_404(Attachment, pk=pk, project__members=request.user)
    return FileResponse(attachment.file.open("rb"), filename=attachment.original_name)


urlpatterns = [
    path("projects/<int:project_pk>/attachments/", add_attachment),
    path("attachments/<int:pk>/", download_attachment),
]
