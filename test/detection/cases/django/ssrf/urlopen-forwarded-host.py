import json
from urllib.request import urlopen

from django.http import JsonResponse


def stock_level(request, sku):
    warehouse = request.META.get("HTTP_X_WAREHOUSE_HOST", "warehouse.internal")
    url = "http://%s/api/stock/%s" % (warehouse, sku)
    with urlopen(url, timeout=5) as resp:
        payload = json.load(resp)
    return JsonResponse({"sku": sku, "available": payload.get("available", 0)})
