import os

from django.conf import settings
from django.http import HttpResponse
from django.urls import path

INVOICE_DIR = os.path.join(settings.MEDIA_ROOT, "invoices")


def download_invoice(request, filename):
    full_path = os.path.join(INVOICE_DIR, filename)
    with open(full_path, "rb") as fh:
        data = fh.read()
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="invoice.pdf"'
    return response


urlpatterns = [
    path("invoices/<path:filename>", download_invoice),
]
