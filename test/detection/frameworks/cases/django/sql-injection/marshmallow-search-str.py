from django.db import connection
from django.http import JsonResponse
from marshmallow import Schema, fields


class SearchParams(Schema):
    term = fields.Str(required=True)
    page = fields.Int(load_default=1)


def search(request):
    params = SearchParams().load(request.GET.dict())
    offset = (params["page"] - 1) * 20
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, name FROM catalog_item WHERE name LIKE '%{params['term']}%' LIMIT 20 OFFSET {offset}")
        rows = cur.fetchall()
    return JsonResponse({"items": [dict(id=r[0], name=r[1]) for r in rows]})
