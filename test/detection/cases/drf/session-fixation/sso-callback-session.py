from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from .sso import exchange_code


@api_view(["POST"])
@permission_classes([AllowAny])
def sso_callback(request):
    profile = exchange_code(request.data["code"])
    request.session["sso_subject"] = profile["sub"]
    request.session["sso_email"] = profile["email"]
    return Response({"email": profile["email"]})
