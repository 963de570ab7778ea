import logging

from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger("api")


def api_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        logger.exception("unhandled error in %s", context["view"].__class__.__name__, exc_info=exc)
        return Response({"error": "server_error"}, status=500)
    return response
