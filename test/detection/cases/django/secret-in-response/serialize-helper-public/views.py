from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Integration
from .serializers import integration_to_dict


@login_required
def integrations(request):
    items = Integration.objects.filter(owner=request.user)
    return JsonResponse({"integrations": [integration_to_dict(i) for i in items]})
