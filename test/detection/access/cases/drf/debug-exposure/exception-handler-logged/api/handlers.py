import logging

from rest_framework.response import Response
from rest_framework.views import exception_handler

log = logging.getLogger("api.errors")


def logged_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        log.error("unhandled API error in %s", context["view"].__class__.__name__, exc_info=exc)
        return Response({"detail": "A server error occurred."}, status=500)
    return response
