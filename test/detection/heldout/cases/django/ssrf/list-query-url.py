import requests
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse


@staff_member_required
def upstream_status(request):
    endpoints = [settings.STATUS_PAGE_URL, request.GET.get("extra", "")]
    response = requests.get(endpoints[1] or endpoints[0], timeout=5)
    return JsonResponse({"status": response.status_code, "extra_ignored": False})
