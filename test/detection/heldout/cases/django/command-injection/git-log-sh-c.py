import subprocess

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse


@staff_member_required
def file_history(request):
    path = request.GET.get("path", "README.md")
    out = subprocess.run(
        ["sh", "-c", f"git -C {settings.REPO_DIR} log --format='%h %s' -n 20 -- {path}"],
        capture_output=True, text=True, check=False,
    )
    return JsonResponse({"commits": out.stdout.splitlines()})
