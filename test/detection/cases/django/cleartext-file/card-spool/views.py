from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .spool import spool_payment


@require_POST
def pay_later(request):
    job = spool_payment(request.POST["card_number"], request.POST["expiry"], int(request.POST["amount"]))
    return JsonResponse({"job": job}, status=202)
