from django.db import connection
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class CartRef(serializers.Serializer):
    cart_id = serializers.UUIDField()


class CartTotalView(APIView):
    def post(self, request):
        ref = CartRef(data=request.data)
        ref.is_valid(raise_exception=True)
        cart_id = ref.validated_data["cart_id"]
        with connection.cursor() as cur:
            cur.execute(f"SELECT SUM(price_cents) FROM cart_item WHERE cart_id = '{cart_id}'")
            (total,) = cur.fetchone()
        return Response({"cart": str(cart_id), "total_cents": total or 0})
