import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import path

INVOICE_DIR = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "invoices"))


def download_invoice(request, filename):
    name = os.path.basename(filename)
    full_path = os.path.realpath(os.path.join(INVOICE_DIR, name))
    if not full_path.startswith(INVOICE_DIR + os.sep):
        raise Http404("No such invoice")
    return FileResponse(open(full_path, "rb"), as_attachment=True, filename=name)


urlpatterns = [
    path("invoices/<path:filename>", download_invoice),
]
