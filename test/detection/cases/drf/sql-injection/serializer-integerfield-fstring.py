from django.db import connection
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class StockQuery(serializers.Serializer):
    warehouse_id = serializers.IntegerField(min_value=1)
    limit = serializers.IntegerField(min_value=1, max_value=500, default=50)


class LowStockView(APIView):
    def post(self, request):
        ser = StockQuery(data=request.data)
        ser.is_valid(raise_exception=True)
        wid = ser.validated_data["warehouse_id"]
        limit = ser.validated_data["limit"]
        with connection.cursor() as cur:
            cur.execute(
                f"SELECT sku, quantity FROM inventory_stock WHERE warehouse_id = {wid} "
                f"AND quantity < reorder_level LIMIT {limit}"
            )
            rows = cur.fetchall()
        return Response([{"sku": s, "quantity": q} for s, q in rows])
