from django.contrib.auth.decorators import user_passes_test
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import SiteConfig


@user_passes_test(lambda u: u.is_active and u.is_superuser)
@require_POST
def toggle_maintenance(request):
    config = SiteConfig.load()
    config.maintenance = not config.maintenance
    config.save()
    return JsonResponse({"maintenance": config.maintenance})
