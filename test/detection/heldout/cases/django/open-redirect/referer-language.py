from django.conf import settings
from django.shortcuts import redirect
from django.utils import translation


def switch_language(request, code):
    if code in dict(settings.LANGUAGES):
        translation.activate(code)
    response = redirect(request.META.get("HTTP_REFERER", "/"))
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, translation.get_language())
    return response
