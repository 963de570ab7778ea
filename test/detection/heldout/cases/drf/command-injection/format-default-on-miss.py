import subprocess
import tempfile

from rest_framework.decorators import api_view
from rest_framework.response import Response

FORMATS = {"png", "jpg", "webp"}


@api_view(["POST"])
def render_preview(request):
    fmt = request.data.get("format", "png")
    if fmt not in FORMATS:
        fmt = "png"
    with tempfile.NamedTemporaryFile(suffix=".pdf") as src:
        src.write(request.FILES["document"].read())
        src.flush()
        subprocess.run(f"convert {src.name}[0] /tmp/preview.{fmt}", shell=True, check=True)
    return Response({"preview": f"/tmp/preview.{fmt}"})
