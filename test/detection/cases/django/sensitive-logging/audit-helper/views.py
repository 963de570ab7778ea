import secrets

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .audit import record_api_key_created
from .models import ApiKey


@login_required
def create_api_key(request):
    key = ApiKey.objects.create(owner=request.user, secret=secrets.token_hex(32), label=request.POST.get("label", ""))
    record_api_key_created(request.user, key)
    return JsonResponse({"id": key.pk, "secret": key.secret}, status=201)
