from django.db import connection
from rest_framework.response import Response
from rest_framework.views import APIView


class ReportView(APIView):
    def get(self, request):
        status = request.query_params.get("status", "paid")
        sql = "SELECT id, total_cents, created_at FROM orders_order WHERE status = '{}'".format(status)
        with connection.cursor() as cur:
            cur.execute(sql)
            rows = cur.fetchall()
        return Response([{"id": r[0], "total": r[1], "created": r[2]} for r in rows])
