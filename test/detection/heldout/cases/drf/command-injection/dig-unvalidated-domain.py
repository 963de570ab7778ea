import subprocess

from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def mx_records(request):
    domain = request.query_params.get("domain", "").lower()
    if not domain:
        return Response({"detail": "invalid domain"}, status=400)
    out = subprocess.run(["dig", "+short", "MX", domain], capture_output=True, text=True, timeout=5)
    return Response({"mx": out.stdout.split()})
