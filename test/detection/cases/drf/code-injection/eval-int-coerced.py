from rest_framework.decorators import api_view
from rest_framework.response import Response

OPERATORS = {"add": "+", "sub": "-", "mul": "*"}


@api_view(["GET"])
def quantity_calc(request):
    a = int(request.query_params.get("a", "0"))
    b = int(request.query_params.get("b", "0"))
    op = OPERATORS.get(request.query_params.get("op", "add"), "+")
    result = eval(f"{a} {op} {b}")
    return Response({"result": result})
