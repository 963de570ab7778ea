import jwt
from django.conf import settings
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def whoami(request):
    token = request.headers.get("Authorization", "").split(" ")[-1]
    claims = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256", "HS384", "HS512"])
    return Response({"sub": claims["sub"], "email": claims.get("email")})
