import json
import time
from pathlib import Path

from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .gateway import GatewayDown, submit

RETRY_DIR = Path("/var/lib/app/retry")


@api_view(["POST"])
def create_payment(request):
    try:
        return Response(submit(request.data), status=status.HTTP_201_CREATED)
    except GatewayDown:
        (RETRY_DIR / f"{time.time_ns()}.json").write_text(json.dumps(request.data))
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)
