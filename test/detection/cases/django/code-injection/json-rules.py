import json

from django.http import JsonResponse


def shipping_rule_preview(request):
    rule = json.loads(request.POST.get("rule", "{}"))
    weight = float(request.POST.get("weight", "0"))
    price = float(rule.get("base", 4.99)) + float(rule.get("per_kg", 1.0)) * weight
    return JsonResponse({"price": round(price, 2)})
