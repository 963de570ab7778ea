from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render

from .models import Notification


@login_required
def inbox(request):
    return render(request, "notifications/inbox.html", {"items": Notification.objects.filter(recipient=request.user)})


def archive_project_notifications(request, project_id):
    archived = Notification.objects.filter(project_id=project_id, archived=False).update(archived=True)
    return JsonResponse({"archived": archived})
