from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Timesheet


@require_POST
def submit_timesheet(request, pk):
    sheet = get_object_or_404(Timesheet, pk=pk, employee=request.user)
    sheet.submit()
    return redirect("/timesheets/")
