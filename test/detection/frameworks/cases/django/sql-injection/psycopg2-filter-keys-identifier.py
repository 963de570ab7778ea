import json

import psycopg2
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from psycopg2 import sql


@require_POST
def search_assets(request):
    filters = json.loads(request.body)["filters"]
    where = sql.SQL(" AND ").join(sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder()) for column in filters)
    query = sql.SQL("SELECT id, hostname FROM assets WHERE {} LIMIT 200").format(where)
    with psycopg2.connect(settings.ASSETS_DSN) as conn, conn.cursor() as cur:
        cur.execute(query, list(filters.values()))
        rows = cur.fetchall()
    return JsonResponse({"assets": [{"id": i, "hostname": h} for i, h in rows]})
