from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Booking


@login_required
def booking_json(request, ref):
    booking = get_object_or_404(Booking, reference=ref, guest=request.user)
    data = {k: v for k, v in booking.__dict__.items() if not k.startswith("_")}
    return JsonResponse(data, json_dumps_params={"default": str})
