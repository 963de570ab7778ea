import json

from django.http import HttpResponse
from django.views.decorators.http import require_POST

from .models import PaymentEvent


@require_POST
def payment_webhook(request):
    event = json.loads(request.body)
    PaymentEvent.objects.create(kind=str(event.get("type", "")), payload=event)
    return HttpResponse(status=204)
