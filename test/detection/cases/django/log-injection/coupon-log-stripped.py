import logging
import re

from django.http import JsonResponse

from .models import Coupon

log = logging.getLogger(__name__)


def apply_coupon(request):
    code = request.POST.get("code", "")
    safe_code = re.sub(r"[\r\n]+", " ", code)
    coupon = Coupon.objects.filter(code=code, active=True).first()
    if coupon is None:
        log.info("Rejected coupon code %s", safe_code)
        return JsonResponse({"applied": False}, status=404)
    return JsonResponse({"applied": True, "percent": coupon.percent_off})
