import traceback

from django.http import HttpResponse

from .reports import build_quarterly_report


def quarterly_report(request, year, quarter):
    try:
        pdf = build_quarterly_report(year, quarter)
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500, content_type="text/plain")
    return HttpResponse(pdf, content_type="application/pdf")
