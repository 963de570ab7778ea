from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .devices import enroll_hardware_key, enroll_totp


@require_POST
def enroll_second_factor(request):
    token_type = request.POST.get("token_type", "totp")
    if token_type == "totp":
        device = enroll_totp(request.user)
    elif token_type != "webauthn":
        return JsonResponse({"error": "unsupported token type"}, status=400)
    else:
        device = enroll_hardware_key(request.user)
    return JsonResponse({"device": device.pk}, status=201)
