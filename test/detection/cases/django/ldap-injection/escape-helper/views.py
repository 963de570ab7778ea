from django.http import JsonResponse

from .ldap_backend import find_user_dn


def check_account(request):
    dn = find_user_dn(request.POST.get("username", ""))
    return JsonResponse({"exists": dn is not None})
