import csv
from pathlib import Path

from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse

from .models import Integration

EXPORT_DIR = Path("/var/lib/app/exports")


@staff_member_required
def export_integrations(request):
    path = EXPORT_DIR / "integrations.csv"
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "endpoint", "api_key"])
        for item in Integration.objects.all():
            writer.writerow([item.name, item.endpoint, item.api_key])
    return FileResponse(path.open("rb"), as_attachment=True)
