import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def apply_content_language(response, lang):
    response.headers["Content-Language"] = _CONTROL.sub("", lang)[:35]
    response.headers["Vary"] = "Accept-Language, Cookie"
