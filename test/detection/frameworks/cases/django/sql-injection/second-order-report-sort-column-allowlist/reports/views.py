from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from reports.models import SavedReport
from reports.queries import sales_rows


@login_required
@require_POST
def save_report(request):
    report = SavedReport.objects.create(
        owner=request.user,
        title=request.POST.get("title", "Untitled"),
        sort_column=request.POST.get("sort", "created"),
    )
    return redirect("report-run", pk=report.pk)


@login_required
def run_report(request, pk):
    report = get_object_or_404(SavedReport, pk=pk, owner=request.user)
    return JsonResponse({"title": report.title, "rows": sales_rows(report)})
