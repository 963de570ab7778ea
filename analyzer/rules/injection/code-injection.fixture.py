import ast

from django.http import JsonResponse


def calculator(request):
    expr = request.POST["expression"]
    total = eval(expr)  # expect: PY-INJ-CODE
    values = ast.literal_eval(request.POST["values"])  # ok: PY-INJ-CODE
    a = int(request.POST["a"])
    doubled = eval(f"{a} * 2")  # ok: PY-INJ-CODE
    exec(compile(request.POST["src"], "<rule>", "exec"))  # expect: PY-INJ-CODE
    return JsonResponse({"total": total, "values": values, "doubled": doubled})
