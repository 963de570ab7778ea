import os
from string import Template

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .payments import PaymentClient

PAYMENT_SECRET_PLACEHOLDER = "<set PAYMENT_SECRET in the environment>"
WEBHOOK_SECRET_TEMPLATE = Template("${PAYMENT_WEBHOOK_SECRET}")
client = PaymentClient(secret=os.environ.get("PAYMENT_SECRET", PAYMENT_SECRET_PLACEHOLDER))


@api_view(["POST"])
def refund(request, charge_id):
    webhook_secret = WEBHOOK_SECRET_TEMPLATE.substitute(os.environ)
    return Response(client.refund(charge_id, notify_secret=webhook_secret))
