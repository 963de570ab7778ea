from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

API_VERSIONS = {"2023-10", "2024-04", "2025-01"}


class CatalogView(APIView):
    def get(self, request):
        version = request.query_params.get("version", "2025-01")
        if version not in API_VERSIONS:
            raise ValidationError({"version": "unsupported"})
        response = Response({"items": []})
        response["X-API-Version"] = version
        return response
