from django.db import connection
from django.http import JsonResponse


def search_products(request):
    term = request.GET.get("q", "")
    pattern = f"%{term}%"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, name, price FROM catalog_product WHERE name LIKE %s ORDER BY name",
            [pattern],
        )
        rows = cursor.fetchall()
    return JsonResponse({"results": [{"id": r[0], "name": r[1], "price": str(r[2])} for r in rows]})
