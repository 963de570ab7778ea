from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.response import Response

from .services import token_for_device


@api_view(["POST"])
@authentication_classes([])
@permission_classes([])
def device_login(request):
    return Response({"token": token_for_device(request.data["serial"], request.data["pin"])})
