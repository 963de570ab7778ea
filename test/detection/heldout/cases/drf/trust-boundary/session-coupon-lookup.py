from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Coupon


@api_view(["POST"])
def apply_coupon(request):
    coupon = Coupon.objects.filter(code=request.data.get("code", "").upper(), active=True).first()
    if coupon is None:
        return Response({"detail": "unknown coupon"}, status=404)
    request.session["discount_pct"] = coupon.percent
    request.session["coupon_id"] = coupon.pk
    return Response({"discount": coupon.percent})
