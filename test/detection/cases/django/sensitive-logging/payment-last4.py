import json
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .gateway import charge_card

log = logging.getLogger(__name__)


@require_POST
def pay(request):
    data = json.loads(request.body)
    log.info("charging card ending %s for %s", data["card_number"][-4:], data["amount"])
    receipt = charge_card(data["card_number"], data["expiry"], data["cvc"], data["amount"])
    return JsonResponse({"receipt": receipt})
