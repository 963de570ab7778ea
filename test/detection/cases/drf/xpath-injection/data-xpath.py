from lxml import etree
from rest_framework.decorators import api_view
from rest_framework.response import Response

TARIFFS = etree.parse("/srv/shop/data/tariffs.xml")


@api_view(["POST"])
def tariff_lookup(request):
    country = request.data.get("country", "")
    expr = "//tariff[@country='" + country + "']/rate/text()"
    rates = TARIFFS.xpath(expr)
    return Response({"country": country, "rates": [str(r) for r in rates]})
