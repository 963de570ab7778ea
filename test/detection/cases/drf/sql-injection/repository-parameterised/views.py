from rest_framework.decorators import api_view
from rest_framework.response import Response

from .repository import find_orders_by_reference


@api_view(["GET"])
def order_by_reference(request):
    reference = request.query_params.get("ref", "").strip()
    rows = find_orders_by_reference(reference, request.user.pk)
    return Response([{"id": i, "reference": r, "status": s} for i, r, s in rows])
