from django.db import connection
from django.http import JsonResponse
from psycopg2 import sql


def partition_count(request):
    partition = request.GET.get("partition", "events_2024")
    query = sql.SQL("SELECT count(*) FROM analytics.{}").format(sql.SQL(partition))
    with connection.cursor() as cur:
        cur.execute(query)
        (count,) = cur.fetchone()
    return JsonResponse({"partition": partition, "count": count})
