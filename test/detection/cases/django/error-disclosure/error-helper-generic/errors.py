import logging
import uuid

from django.http import JsonResponse

logger = logging.getLogger("ledger")


def error_response(exc: BaseException, status: int = 500) -> JsonResponse:
    incident = uuid.uuid4().hex[:12]
    logger.error("incident %s: %r", incident, exc, exc_info=exc)
    return JsonResponse({"ok": False, "detail": "Internal error", "incident": incident}, status=status)
