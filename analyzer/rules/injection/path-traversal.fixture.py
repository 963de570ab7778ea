# assay-fixture: path=shop/views.py
import os
import tarfile
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from werkzeug.utils import secure_filename


def download(request, filename):
    path = os.path.join(settings.MEDIA_ROOT, "invoices", filename)
    return FileResponse(open(path, "rb"))  # expect: PY-INJ-PATH


def download_safe(request, filename):
    base = os.path.realpath(settings.MEDIA_ROOT)
    path = os.path.realpath(os.path.join(base, filename))
    if not path.startswith(base + os.sep):
        raise Http404()
    return FileResponse(open(path, "rb"))  # ok: PY-INJ-PATH


def download_unchecked_prefix(request, filename):
    path = os.path.join(settings.MEDIA_ROOT, filename)
    if not path.startswith(settings.MEDIA_ROOT):
        raise Http404()
    return FileResponse(open(path, "rb"))  # expect: PY-INJ-PATH


def download_parents(request, filename):
    # resolve() folds `..` and links away: a base among the result's parents contains it.
    base = Path(settings.MEDIA_ROOT).resolve()
    target = (base / filename).resolve()
    if base not in target.parents:
        raise Http404()
    return FileResponse(target.open("rb"))  # ok: PY-INJ-PATH


def download_parents_unresolved(request, filename):
    # Without resolve(), `base / "../etc/passwd"` still lists base among its parents.
    base = Path(settings.MEDIA_ROOT)
    target = base / filename
    if base not in target.parents:
        raise Http404()
    return FileResponse(target.open("rb"))  # expect: PY-INJ-PATH


def upload(request):
    f = request.FILES["doc"]
    with open(os.path.join("/srv/uploads", secure_filename(f.name)), "wb") as out:  # ok: PY-INJ-PATH
        out.write(f.read())
    os.remove(os.path.join("/srv/uploads", request.POST["old"]))  # expect: PY-INJ-PATH
    with tarfile.open(fileobj=request.FILES["theme"]) as tar:
        tar.extractall("/srv/themes")  # expect: PY-INJ-PATH
    with tarfile.open(fileobj=request.FILES["theme"]) as tar:
        tar.extractall("/srv/themes", filter="data")  # ok: PY-INJ-PATH
    # An UploadedFile's name is a base name Django checked (never `.` or `..`): one entry of the folder.
    scan = request.FILES.get("scan")
    with open(os.path.join("/srv/scans", scan.name), "wb") as out:  # ok: PY-INJ-PATH
        out.write(scan.read())
    with open(os.path.join("/srv/scans", request.FILES["scan"].name), "wb") as out:  # ok: PY-INJ-PATH
        out.write(b"")
    raise Http404()
