import psycopg2
from django.conf import settings
from django.http import JsonResponse
from psycopg2 import sql


def tenant_usage(request):
    tenant = request.headers.get("X-Tenant", "public")
    with psycopg2.connect(settings.REPORTING_DSN) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(tenant)))
        cur.execute("SELECT count(*) FROM documents")
        (count,) = cur.fetchone()
    return JsonResponse({"tenant": tenant, "documents": count})
