import os

from django.conf import settings


def within_media(path: str) -> bool:
    root = os.path.realpath(settings.MEDIA_ROOT)
    return os.path.realpath(path).startswith(root + os.sep)
