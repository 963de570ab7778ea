import jwt
from django.conf import settings
from django.http import JsonResponse

with open(settings.SSO_PUBLIC_KEY_PATH, "rb") as fh:
    SSO_PUBLIC_KEY = fh.read()


def sso_profile(request):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, SSO_PUBLIC_KEY, algorithms=["RS256"], audience="portal")
    except jwt.InvalidTokenError:
        return JsonResponse({"error": "invalid token"}, status=401)
    return JsonResponse({"user": claims["sub"], "groups": claims.get("groups", [])})
