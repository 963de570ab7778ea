import io

import psycopg2
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse


@staff_member_required
def export_table(request):
    table = request.GET.get("table", "orders")
    buf = io.StringIO()
    with psycopg2.connect(settings.WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        cur.copy_expert(f"COPY (SELECT * FROM {table}) TO STDOUT WITH CSV HEADER", buf)
    response = HttpResponse(buf.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = "attachment; filename=export.csv"
    return response
