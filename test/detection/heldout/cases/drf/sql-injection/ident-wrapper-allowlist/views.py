from django.db import connection
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .validators import sort_column


@api_view(["GET"])
def order_report(request):
    order = request.query_params.get("order", "created")
    direction = "DESC" if order.startswith("-") else "ASC"
    try:
        column = sort_column(order)
    except ValueError as exc:
        return Response({"detail": "bad sort"}, status=400)
    with connection.cursor() as cur:
        cur.execute(f'SELECT id, total, status FROM shop_order ORDER BY "{column}" {direction} LIMIT 100')
        rows = cur.fetchall()
    return Response([{"id": r[0], "total": str(r[1]), "status": r[2]} for r in rows])
