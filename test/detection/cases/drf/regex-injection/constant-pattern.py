import re

from rest_framework.decorators import api_view
from rest_framework.response import Response

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")


@api_view(["POST"])
def check_postcode(request):
    value = request.data.get("postcode", "").upper()
    return Response({"valid": bool(POSTCODE.match(value)), "normalised": re.sub(r"\s+", " ", value)})
