import ast

from django.http import JsonResponse


def bundle_total(request):
    raw = request.GET.get("prices", "[]")
    try:
        prices = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return JsonResponse({"error": "invalid list"}, status=400)
    if not isinstance(prices, list):
        return JsonResponse({"error": "expected a list"}, status=400)
    total = sum(float(p) for p in prices)
    return JsonResponse({"total": round(total, 2)})
