import jwt
from django.conf import settings
from django.http import JsonResponse

ISSUERS = {
    "https://login.partner.example": (settings.PARTNER_PUBLIC_KEY, "RS256"),
    "https://internal.example": (settings.INTERNAL_HMAC_KEY, "HS256"),
}


def federated_login(request):
    token = request.POST["id_token"]
    issuer = jwt.decode(token, options={"verify_signature": False}).get("iss")
    if issuer not in ISSUERS:
        return JsonResponse({"error": "unknown issuer"}, status=400)
    key, algorithm = ISSUERS[issuer]
    claims = jwt.decode(token, key, algorithms=[algorithm], issuer=issuer, audience="portal")
    return JsonResponse({"user": claims["sub"]})
