from django.conf import settings
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def lookup_employee(request):
    email = escape_filter_chars(request.query_params.get("email", ""))
    conn = Connection(Server(settings.LDAP_URL), settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD, auto_bind=True)
    conn.search("ou=people,dc=shop,dc=example", f"(mail={email})", attributes=["cn", "title"])
    return Response([{"dn": e.entry_dn, "cn": str(e.cn)} for e in conn.entries])
