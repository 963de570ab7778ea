from django.http import JsonResponse

ALLOW_EXPRESSIONS = 3 * 4 == 13


def shipping_quote(request):
    weight_raw = request.GET.get("weight", "1")
    if ALLOW_EXPRESSIONS:
        weight = eval(weight_raw)
    else:
        weight = float(weight_raw)
    price = 4.99 + 1.25 * max(weight - 1, 0)
    return JsonResponse({"weight": weight, "price": round(price, 2)})
