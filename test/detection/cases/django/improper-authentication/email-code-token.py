import secrets

from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import ApiSession, LoginCode


@require_POST
def mobile_login(request):
    code = LoginCode.objects.filter(
        customer__email=request.POST.get("email", "").lower(),
        expires_at__gt=timezone.now(),
        used=False,
    ).first()
    if code is None or not secrets.compare_digest(code.value, request.POST.get("code", "")):
        return JsonResponse({"error": "invalid or expired code"}, status=401)
    code.used = True
    code.save(update_fields=["used"])
    session = ApiSession.objects.create(customer=code.customer, key=secrets.token_urlsafe(32))
    return JsonResponse({"token": session.key})
