from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class IdentitySerializer(serializers.Serializer):
    ssn = serializers.RegexField(r"^\d{3}-\d{2}-\d{4}$")
    birth_date = serializers.DateField()


@api_view(["POST"])
def verify_identity(request):
    ser = IdentitySerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    response = Response({"step": "address"})
    response.set_cookie("kyc_ssn", ser.validated_data["ssn"], httponly=True, secure=True, samesite="Strict")
    return response
