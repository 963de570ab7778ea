from django.shortcuts import redirect
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny

from .tokens import verify_email_token


@api_view(["GET"])
@permission_classes([AllowAny])
def verify_email(request):
    verify_email_token(request.query_params.get("token", ""))
    return redirect(request.query_params.get("next", "/"))
