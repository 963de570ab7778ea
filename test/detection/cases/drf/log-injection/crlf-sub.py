import logging
import re

from rest_framework.decorators import api_view
from rest_framework.response import Response

log = logging.getLogger("api.auth")


@api_view(["POST"])
def token_refresh(request):
    agent = re.sub(r"[\r\n]", "", request.headers.get("User-Agent", ""))
    log.info("token refresh user=%s agent=%s", request.user.pk, agent)
    return Response({"ok": True})
