import os

from django.core.wsgi import get_wsgi_application

from newsroom.preview import PreviewHeaderMiddleware

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

application = PreviewHeaderMiddleware(get_wsgi_application())
