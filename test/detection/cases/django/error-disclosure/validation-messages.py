from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Invite


@require_POST
def invite(request):
    address = request.POST.get("email", "")
    try:
        validate_email(address)
    except ValidationError as e:
        return JsonResponse({"errors": e.messages}, status=400)
    Invite.objects.create(email=address, invited_by=request.user)
    return JsonResponse({"invited": address}, status=201)
