from django.db import connection
from django.http import JsonResponse


def search_products(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, name, price FROM catalog_product WHERE name LIKE '%{term}%' ORDER BY name"
        )
        rows = cursor.fetchall()
    return JsonResponse({"results": [{"id": r[0], "name": r[1], "price": str(r[2])} for r in rows]})
