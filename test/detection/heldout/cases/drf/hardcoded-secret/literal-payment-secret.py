import os
from string import Template

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .payments import PaymentClient

PAYMENT_SECRET = "pay_4Rk9wQ2xV7mZ1tY8nB3cL6hJ"
WEBHOOK_SECRET_TEMPLATE = Template("${PAYMENT_WEBHOOK_SECRET}")
client = PaymentClient(secret=PAYMENT_SECRET)


@api_view(["POST"])
def refund(request, charge_id):
    webhook_secret = WEBHOOK_SECRET_TEMPLATE.substitute(os.environ)
    return Response(client.refund(charge_id, notify_secret=webhook_secret))
