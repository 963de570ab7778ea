from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response

from .mailtemplates import read_template

KINDS = {"welcome": "welcome.txt", "reset": "password_reset.txt", "invoice": "invoice.txt"}


@api_view(["GET"])
@permission_classes([IsAdminUser])
def preview_templates(request):
    return Response({kind: read_template(filename) for kind, filename in KINDS.items()})
