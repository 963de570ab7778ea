import secrets

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import ApiSession, Customer


@require_POST
def mobile_login(request):
    customer = Customer.objects.filter(email=request.POST.get("email", "").lower()).first()
    if customer is None:
        return JsonResponse({"error": "no such customer"}, status=404)
    session = ApiSession.objects.create(customer=customer, key=secrets.token_urlsafe(32))
    return JsonResponse({"token": session.key})
