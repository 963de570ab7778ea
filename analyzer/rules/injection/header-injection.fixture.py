# assay-fixture: path=shop/views.py
import mimetypes
import os

from django.http import HttpResponse
from django.utils.http import http_date


def export(request, name):
    # Django refuses CR/LF in header values (BadHeaderError) and quotes them in cookies: what the
    # request chooses here is a header's meaning, a hotspot to review, not response splitting.
    response = HttpResponse("data", content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'  # hotspot: PY-INJ-HEADER
    response["X-Page"] = str(int(request.GET.get("page", "1")))  # ok: PY-INJ-HEADER
    response.set_cookie("lang", request.GET.get("lang", "en"))  # hotspot: PY-INJ-HEADER
    response.headers["Link"] = request.GET.get("next", "")  # hotspot: PY-INJ-HEADER
    clean = request.GET.get("ref", "").replace("\r", "").replace("\n", "")
    response["X-Ref"] = clean  # ok: PY-INJ-HEADER
    return response


def download(request, path):
    # File metadata and the mime table are the server's, not the client's.
    fullpath = os.path.join("/srv/files", path)
    ctype, encoding = mimetypes.guess_type(fullpath)
    response = HttpResponse("data", content_type=ctype or "application/octet-stream")
    response["Last-Modified"] = http_date(os.stat(fullpath).st_mtime)  # ok: PY-INJ-HEADER
    response["Content-Encoding"] = encoding  # ok: PY-INJ-HEADER
    response["X-Path"] = fullpath  # hotspot: PY-INJ-HEADER
    return response


class ContentLanguageMiddleware:
    """New-style middleware: self.get_response answers with the view's HttpResponse, which refuses CR/LF."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Content-Language"] = request.GET.get("hl", "en")  # hotspot: PY-INJ-HEADER
        return response
