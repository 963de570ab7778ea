from django.db import connection
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class LeaderboardParams(serializers.Serializer):
    order = serializers.ChoiceField(choices=["revenue", "units", "refunds"], default="revenue")


@api_view(["GET"])
def seller_leaderboard(request):
    params = LeaderboardParams(data=request.query_params)
    params.is_valid(raise_exception=True)
    column = params.validated_data["order"]
    with connection.cursor() as cur:
        cur.execute(f"SELECT seller_id, {column} FROM report_sellerstats ORDER BY {column} DESC LIMIT 20")
        rows = cur.fetchall()
    return Response([{"seller": s, column: v} for s, v in rows])
