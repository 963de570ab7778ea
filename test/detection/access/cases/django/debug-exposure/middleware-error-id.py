import logging
import uuid

from django.http import HttpResponse

log = logging.getLogger("errors")


class ErrorReportingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        ref = uuid.uuid4().hex[:12]
        log.error("unhandled error %s on %s", ref, request.path, exc_info=exception)
        return HttpResponse(f"<h1>Server error</h1><p>Reference {ref}</p>", status=500)
