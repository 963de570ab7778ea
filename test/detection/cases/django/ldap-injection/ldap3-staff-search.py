from django.conf import settings
from django.http import JsonResponse
from ldap3 import SUBTREE, Connection, Server


def staff_directory(request):
    department = request.POST.get("department", "")
    server = Server(settings.LDAP_URL, use_ssl=True)
    with Connection(server, settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD, auto_bind=True) as conn:
        conn.search(
            "ou=staff,dc=shop,dc=example",
            f"(&(objectClass=inetOrgPerson)(departmentNumber={department}))",
            search_scope=SUBTREE,
            attributes=["cn", "mail"],
        )
        people = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    return JsonResponse({"people": people})
