import ldap
from django.conf import settings
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def lookup_employee(request):
    email = request.query_params.get("email", "")
    conn = ldap.initialize(settings.LDAP_URL)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    results = conn.search_s(
        "ou=people,dc=shop,dc=example", ldap.SCOPE_SUBTREE, "(mail=%s)" % email, ["cn", "title"]
    )
    return Response([{"dn": dn, "cn": a["cn"][0].decode()} for dn, a in results])
