from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Customer


@require_POST
def customers_by_region(request):
    region = request.POST["region"].strip()
    qs = Customer.objects.extra(where=["region_code = '{}'".format(region)])
    data = list(qs.values("id", "email", "region_code"))
    return JsonResponse({"customers": data})
