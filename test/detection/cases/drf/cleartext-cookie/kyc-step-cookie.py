from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import KycCase


class IdentitySerializer(serializers.Serializer):
    ssn = serializers.RegexField(r"^\d{3}-\d{2}-\d{4}$")
    birth_date = serializers.DateField()


@api_view(["POST"])
def verify_identity(request):
    ser = IdentitySerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    case = KycCase.objects.create(user=request.user, **ser.validated_data)
    response = Response({"step": "address"})
    response.set_cookie("kyc_case", str(case.public_id), httponly=True, secure=True, samesite="Strict")
    return response
