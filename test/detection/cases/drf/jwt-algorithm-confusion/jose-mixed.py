from django.conf import settings
from jose import jwt
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def whoami(request):
    token = request.headers.get("Authorization", "").split(" ")[-1]
    claims = jwt.decode(token, settings.OIDC_PUBLIC_PEM, algorithms=["ES256", "HS384"])
    return Response({"sub": claims["sub"], "email": claims.get("email")})
