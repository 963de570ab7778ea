import subprocess

from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response


@api_view(["POST"])
@permission_classes([IsAdminUser])
def check_port(request):
    host, port = request.data.get("target", "localhost:80").split(":", 1)
    proc = subprocess.Popen(
        "nc -z -w 3 %s %s" % (host, port), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    proc.communicate(timeout=10)
    return Response({"host": host, "port": port, "open": proc.returncode == 0})
