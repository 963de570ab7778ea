from lxml import etree
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

ZONES = etree.parse("/srv/shop/data/zones.xml")


class ZoneQuery(serializers.Serializer):
    zone = serializers.IntegerField(min_value=1, max_value=20)


@api_view(["GET"])
def zone_rates(request):
    q = ZoneQuery(data=request.query_params)
    q.is_valid(raise_exception=True)
    rates = ZONES.xpath("//zone[@id='%d']/rate/text()" % q.validated_data["zone"])
    return Response({"rates": [str(r) for r in rates]})
