from django.db import connection
from django.http import JsonResponse
from marshmallow import Schema, fields, ValidationError


class LookupParams(Schema):
    email = fields.Email(required=True)


def lookup(request):
    try:
        params = LookupParams().load(request.GET.dict())
    except ValidationError as err:
        return JsonResponse({"errors": err.messages}, status=400)
    with connection.cursor() as cur:
        cur.execute("SELECT id, name FROM accounts_customer WHERE email = %s", [params["email"]])
        rows = cur.fetchall()
    return JsonResponse({"customers": [dict(id=r[0], name=r[1]) for r in rows]})
