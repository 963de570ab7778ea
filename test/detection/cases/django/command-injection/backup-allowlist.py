import os

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse

DATABASES_TO_BACKUP = ("shop", "analytics", "sessions")


@staff_member_required
def backup_database(request):
    db_name = request.POST.get("database", "shop")
    if db_name not in DATABASES_TO_BACKUP:
        raise PermissionDenied("unknown database")
    code = os.system(f"pg_dump {db_name} | gzip > /var/backups/{db_name}.sql.gz")
    return JsonResponse({"database": db_name, "ok": code == 0})
