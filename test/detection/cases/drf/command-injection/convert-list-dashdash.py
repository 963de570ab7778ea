import subprocess
import uuid
from pathlib import Path

from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

WORK_DIR = Path("/var/tmp/thumbs")


class ThumbnailView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request):
        upload = request.FILES["image"]
        src = WORK_DIR / f"{uuid.uuid4().hex}.img"
        dst = WORK_DIR / f"{uuid.uuid4().hex}.png"
        with open(src, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        subprocess.run(
            ["convert", "-resize", "256x256", "--", str(src), str(dst)],
            check=True,
            timeout=30,
        )
        return Response({"thumbnail": dst.name})
