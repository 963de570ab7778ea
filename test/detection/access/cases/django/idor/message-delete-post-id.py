from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Message


@login_required
@require_POST
def delete_message(request):
    deleted, _ = Message.objects.filter(pk=request.POST["message_id"]).delete()
    return JsonResponse({"deleted": deleted})
