from django.db import connection
from django.http import Http404, JsonResponse
from django.urls import path


def order_total(request, order_id):
    try:
        oid = int(order_id)
    except ValueError:
        raise Http404("bad order id")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT SUM(price_cents * quantity) FROM orders_line WHERE order_id = {oid}")
        (total,) = cursor.fetchone()
    return JsonResponse({"order": oid, "total_cents": total or 0})


urlpatterns = [path("orders/<str:order_id>/total/", order_total)]
