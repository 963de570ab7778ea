import traceback

from django.http import HttpResponse


class ErrorReportingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        body = "".join(traceback.format_exception(type(exception), exception, exception.__traceback__))
        return HttpResponse(f"<h1>Server error</h1><pre>{body}</pre>", status=500)
