import json
import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from pydantic import BaseModel, Field


class BackupRequest(BaseModel):
    database: str = Field(pattern=r"^[a-z][a-z0-9_]{0,30}$")
    label: str = Field(pattern=r"^[A-Za-z0-9-]{1,40}$")


@require_POST
def start_backup(request):
    req = BackupRequest.model_validate(json.loads(request.body))
    subprocess.run(f"pg_dump -Fc -f /backups/{req.label}.dump {req.database}", shell=True, check=True)
    return JsonResponse({"queued": True})
