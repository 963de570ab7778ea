from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Booking


@login_required
def booking_json(request, ref):
    booking = get_object_or_404(Booking, reference=ref, guest=request.user)
    return JsonResponse(
        {
            "reference": booking.reference,
            "check_in": booking.check_in.isoformat(),
            "check_out": booking.check_out.isoformat(),
            "room_type": booking.room_type,
        }
    )
