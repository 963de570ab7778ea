import json

import psycopg2
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def search_assets(request):
    filters = json.loads(request.body)["filters"]
    where = " AND ".join(f"{column} = %s" for column in filters)
    with psycopg2.connect(settings.ASSETS_DSN) as conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, hostname FROM assets WHERE {where} LIMIT 200", list(filters.values()))
        rows = cur.fetchall()
    return JsonResponse({"assets": [{"id": i, "hostname": h} for i, h in rows]})
