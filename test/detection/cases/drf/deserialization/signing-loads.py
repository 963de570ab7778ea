from django.core import signing
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response


@api_view(["POST"])
def resume_checkout(request):
    try:
        state = signing.loads(request.data.get("token", ""), salt="checkout", max_age=3600)
    except signing.BadSignature:
        raise ValidationError({"token": "invalid"})
    return Response({"cart": state.get("cart_id"), "step": state.get("step")})
