from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Timesheet


@csrf_exempt
@login_not_required
@require_POST
def approve_timesheet(request, pk):
    sheet = get_object_or_404(Timesheet, pk=pk)
    sheet.status = "approved"
    sheet.save(update_fields=["status"])
    return JsonResponse({"approved": pk})
