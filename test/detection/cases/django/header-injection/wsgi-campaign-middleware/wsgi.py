import os
from urllib.parse import parse_qs

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")


class CampaignTagMiddleware:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        campaign = parse_qs(environ.get("QUERY_STRING", "")).get("utm_campaign", [""])[0]

        def tagged_start_response(status, headers, exc_info=None):
            if campaign:
                headers = list(headers) + [("X-Campaign", campaign)]
            return start_response(status, headers, exc_info)

        return self.app(environ, tagged_start_response)


application = CampaignTagMiddleware(get_wsgi_application())
