import ast

from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def parcel_volume(request):
    dims = ast.literal_eval(request.data.get("dimensions", "(0, 0, 0)"))
    if not (isinstance(dims, tuple) and len(dims) == 3):
        return Response({"error": "expected (w, h, d)"}, status=400)
    w, h, d = (float(v) for v in dims)
    return Response({"volume_cm3": w * h * d})
