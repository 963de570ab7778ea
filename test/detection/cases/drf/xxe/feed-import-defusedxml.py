from defusedxml import ElementTree as SafeET
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def import_feed(request):
    root = SafeET.fromstring(request.body)
    skus = [item.findtext("sku") for item in root.iter("item")]
    return Response({"count": len(skus), "skus": skus[:20]})
