from django.db import connection
from django.http import JsonResponse


def customer_search(request):
    opts = {"order": "last_name", "term": request.GET.get("q", "")}
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT id, first_name, last_name FROM crm_customer WHERE last_name ILIKE '{opts['term']}%' ORDER BY {opts['order']} LIMIT 50"
        )
        rows = cur.fetchall()
    return JsonResponse({"customers": [{"id": r[0], "name": f"{r[1]} {r[2]}"} for r in rows]})
