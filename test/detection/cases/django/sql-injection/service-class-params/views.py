from django.http import JsonResponse

from .services import SalesReport


def sales_report(request):
    report = SalesReport(request.GET.get("region", "eu"))
    return JsonResponse({"rows": report.rows()})
