from rest_framework.response import Response
from rest_framework.views import APIView

from .decorators import with_formula


class PriceSimulator(APIView):
    @with_formula
    def post(self, request, formula):
        prices = [9.99, 19.99, 4.5]
        return Response({"results": [eval(formula, {"price": p}) for p in prices]})
