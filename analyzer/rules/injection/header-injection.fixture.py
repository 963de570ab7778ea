# assay-fixture: path=shop/views.py
from django.http import HttpResponse


def export(request, name):
    response = HttpResponse("data", content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'  # expect: PY-INJ-HEADER
    response["X-Page"] = str(int(request.GET.get("page", "1")))  # ok: PY-INJ-HEADER
    response.set_cookie("lang", request.GET.get("lang", "en"))  # expect: PY-INJ-HEADER
    clean = request.GET.get("ref", "").replace("\r", "").replace("\n", "")
    response["X-Ref"] = clean  # ok: PY-INJ-HEADER
    return response
