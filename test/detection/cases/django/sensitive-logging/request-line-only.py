import logging

from django.http import JsonResponse

logger = logging.getLogger("access")


def webhook(request):
    logger.info("%s %s from %s (%d bytes)", request.method, request.path, request.META.get("REMOTE_ADDR"), len(request.body))
    return JsonResponse({"received": True})
