from django.conf import settings
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def brand_assets(request):
    paths = {"logo": f"{settings.STATIC_ROOT}/brand/logo.svg", "custom": request.data.get("custom_asset", "")}
    with open(paths["logo"], encoding="utf-8") as fh:
        svg = fh.read()
    return Response({"logo": svg, "custom_requested": bool(paths["custom"])})
