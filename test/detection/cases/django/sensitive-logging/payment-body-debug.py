import json
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .gateway import charge_card

log = logging.getLogger(__name__)


@require_POST
def pay(request):
    log.debug("payment request body: %s", request.body.decode())
    data = json.loads(request.body)
    receipt = charge_card(data["card_number"], data["expiry"], data["cvc"], data["amount"])
    return JsonResponse({"receipt": receipt})
