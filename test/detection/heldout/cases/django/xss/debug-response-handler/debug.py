import sys

from django.http import HttpResponse


def technical_error_response(exc_type, exc_value, status_code=500):
    html = f"<h1>{exc_type.__name__}</h1><pre>{exc_value}</pre><p>Python {sys.version.split()[0]}</p>"
    return HttpResponse(html, status=status_code)
