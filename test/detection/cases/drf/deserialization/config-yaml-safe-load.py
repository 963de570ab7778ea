import yaml
from rest_framework import status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import ShippingRule


class ImportShippingRules(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        document = request.data.get("document", "")
        try:
            rules = yaml.safe_load(document) or []
        except yaml.YAMLError as exc:
            return Response({"error": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        created = 0
        for rule in rules:
            ShippingRule.objects.create(country=str(rule["country"]), price_cents=int(rule["price"]))
            created += 1
        return Response({"created": created})
