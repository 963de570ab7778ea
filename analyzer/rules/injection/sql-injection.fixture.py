# assay-fixture: path=shop/views.py
import sqlite3

from django.db import connection
from django.http import JsonResponse
from flask import Flask, request as flask_request

from .models import Order

app = Flask(__name__)
SORTS = {"date": "created_at", "total": "total_cents"}


def search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM product WHERE name LIKE '%{term}%'")  # expect: PY-INJ-SQL
        cursor.execute("SELECT id FROM product WHERE name LIKE %s", [f"%{term}%"])  # ok: PY-INJ-SQL
    return JsonResponse({})


def order_list(request, customer):
    column = SORTS.get(request.GET.get("sort", "date"), "created_at")
    Order.objects.raw("SELECT * FROM orders ORDER BY " + column)  # ok: PY-INJ-SQL
    Order.objects.raw("SELECT * FROM orders WHERE customer = '%s'" % customer)  # expect: PY-INJ-SQL
    return JsonResponse({"n": int(customer)})


@app.get("/t/<int:tenant>/orders/<slug>")
def tenant_orders(tenant, slug):
    db = sqlite3.connect("shop.db")
    db.execute(f"SELECT * FROM orders WHERE tenant = {tenant}")  # ok: PY-INJ-SQL
    db.execute("SELECT * FROM orders WHERE slug = '" + slug + "'")  # expect: PY-INJ-SQL
    if 7 * 18 > 200:
        db.execute("DELETE FROM orders WHERE id = " + flask_request.args["id"])  # ok: PY-INJ-SQL
    name = flask_request.args["name"]
    name = "fixed"
    return {"rows": db.execute("SELECT * FROM t WHERE n = '%s'" % name).fetchall()}  # ok: PY-INJ-SQL
