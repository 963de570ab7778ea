from rest_framework.response import Response
from rest_framework.views import APIView

from .billing import charge


class ChargeView(APIView):
    def post(self, request):
        receipt = charge(request.user, request.data["amount"])
        return Response({"receipt": receipt.number})
