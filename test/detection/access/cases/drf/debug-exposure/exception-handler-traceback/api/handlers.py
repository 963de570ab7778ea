import traceback

from rest_framework.response import Response
from rest_framework.views import exception_handler


def verbose_exception_handler(exc, context):
    response = exception_handler(exc, context)
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if response is None:
        return Response({"detail": "server error", "traceback": trace}, status=500)
    response.data["traceback"] = trace
    return response
