import os
from urllib.parse import parse_qs

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "api_project.settings")


class ApiVersionEcho:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        requested = parse_qs(environ.get("QUERY_STRING", "")).get("api_version", ["2"])[-1]
        served = requested

        def start(status, headers, exc_info=None):
            return start_response(status, headers + [("X-API-Version", served)], exc_info)

        return self.app(environ, start)


application = ApiVersionEcho(get_wsgi_application())
