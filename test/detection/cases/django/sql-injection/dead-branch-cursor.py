from django.db import connection
from django.http import JsonResponse

LEGACY_SEARCH = 7 * 18 > 200


def sku_lookup(request):
    sku = request.GET.get("sku", "")
    with connection.cursor() as cursor:
        if LEGACY_SEARCH:
            cursor.execute("SELECT id, sku FROM catalog_product WHERE sku = '%s'" % sku)
        else:
            cursor.execute("SELECT id, sku FROM catalog_product WHERE sku = %s", [sku])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})
