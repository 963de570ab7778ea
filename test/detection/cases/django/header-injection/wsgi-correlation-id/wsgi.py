import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")


class CorrelationId:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        correlation = environ.get("HTTP_X_CORRELATION_ID", "none")

        def start(status, headers, exc_info=None):
            headers.append(("X-Correlation-Id", correlation))
            return start_response(status, headers, exc_info)

        return self.app(environ, start)


application = CorrelationId(get_wsgi_application())
