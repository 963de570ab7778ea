import logging

from rest_framework.decorators import api_view
from rest_framework.response import Response

security_log = logging.getLogger("security")


@api_view(["POST"])
def change_password(request):
    if not request.user.check_password(request.data.get("old_password", "")):
        security_log.warning("password change rejected for user %s: wrong current password", request.user.pk)
        return Response({"detail": "wrong password"}, status=400)
    request.user.set_password(request.data["new_password"])
    request.user.save()
    security_log.info("password changed for user %s", request.user.pk)
    return Response(status=204)
