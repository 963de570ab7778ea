import pyotp
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def start_totp_setup(request):
    secret = pyotp.random_base32()
    request.session["totp_setup_secret"] = secret
    uri = pyotp.TOTP(secret).provisioning_uri(name=request.user.email, issuer_name="Acme")
    response = Response({"otpauth_uri": uri})
    response.set_cookie("totp_setup_started", "1", max_age=600, secure=True)
    return response
