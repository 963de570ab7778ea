import io

import psycopg2
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404, HttpResponse
from psycopg2 import sql

EXPORTABLE = {"orders", "customers", "refunds"}


@staff_member_required
def export_table(request):
    table = request.GET.get("table", "orders")
    if table not in EXPORTABLE:
        raise Http404
    buf = io.StringIO()
    with psycopg2.connect(settings.WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        query = sql.SQL("COPY (SELECT * FROM {}) TO STDOUT WITH CSV HEADER").format(sql.Identifier(table))
        cur.copy_expert(query, buf)
    response = HttpResponse(buf.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = "attachment; filename=export.csv"
    return response
