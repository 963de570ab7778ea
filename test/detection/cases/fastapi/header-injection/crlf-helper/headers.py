import re

_CRLF = re.compile(r"[\r\n]+")


def header_safe(value: str) -> str:
    return _CRLF.sub("", value)[:200]
