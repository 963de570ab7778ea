import json
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from pydantic import BaseModel


class BackupRequest(BaseModel):
    database: str
    label: str


@require_POST
def start_backup(request):
    req = BackupRequest.model_validate(json.loads(request.body))
    os.system(f"pg_dump -Fc -f /backups/{req.label}.dump {req.database}")
    return JsonResponse({"queued": True})
