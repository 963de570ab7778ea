import traceback

from rest_framework.response import Response
from rest_framework.views import exception_handler


def api_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        return Response({"error": type(exc).__name__, "trace": traceback.format_exception(exc)}, status=500)
    return response
