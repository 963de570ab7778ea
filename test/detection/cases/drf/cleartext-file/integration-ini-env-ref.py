import configparser

from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response

from .secrets_store import put_secret


@api_view(["PUT"])
@permission_classes([IsAdminUser])
def configure_crm(request):
    ref = put_secret("crm/client_secret", request.data["client_secret"])
    config = configparser.ConfigParser(interpolation=None)
    config["crm"] = {
        "base_url": request.data["base_url"],
        "client_id": request.data["client_id"],
        "client_secret_ref": ref,
    }
    with open("/etc/app/crm.ini", "w") as fh:
        config.write(fh)
    return Response({"saved": True})
