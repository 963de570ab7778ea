from django.db import connection
from django.http import JsonResponse


def customer_spend(request, pk):
    sql = "SELECT COALESCE(SUM(total_cents), 0) FROM orders_order WHERE customer_id = %d" % pk
    with connection.cursor() as cursor:
        cursor.execute(sql)
        (spend,) = cursor.fetchone()
    return JsonResponse({"customer": pk, "spend_cents": spend})
