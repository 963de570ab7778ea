from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .promotions import run_rule


@staff_member_required
def test_promotion(request):
    source = request.POST.get("rule", "")
    cart_total = float(request.POST.get("total", "0"))
    result = run_rule(source, cart_total)
    return JsonResponse({"discount": result})
