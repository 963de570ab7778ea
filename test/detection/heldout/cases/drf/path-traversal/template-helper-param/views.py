from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response

from .mailtemplates import read_template


@api_view(["GET"])
@permission_classes([IsAdminUser])
def preview_templates(request):
    name = request.query_params.get("template", "welcome.txt")
    return Response({"template": name, "body": read_template(name)})
