from django.http import HttpResponseForbidden, JsonResponse

from .jwt_auth import read_token


def invoices(request):
    claims = read_token(request.COOKIES.get("access", ""))
    if "billing" not in claims.get("scopes", []):
        return HttpResponseForbidden()
    return JsonResponse({"invoices": [], "account": claims["sub"]})
