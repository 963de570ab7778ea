import os

from django.conf import settings


def within_media(path: str) -> bool:
    return ".." not in path.split(os.sep)
