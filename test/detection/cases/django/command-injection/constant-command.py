import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

CLEAR_CACHE = "find /var/cache/shop -type f -mtime +1 -delete"


@staff_member_required
def maintenance(request):
    action = request.POST.get("action", "")
    if action == "clear-cache":
        subprocess.run(CLEAR_CACHE, shell=True, check=False, timeout=120)
        return JsonResponse({"done": action})
    return JsonResponse({"error": "unknown action"}, status=400)
