from django.http import JsonResponse

from .queries import *


def low_stock(request):
    warehouse = request.GET.get("warehouse", "main")
    return JsonResponse({"items": items_below_threshold(warehouse)})
