from django.conf import settings
from django.http import JsonResponse
from django.utils.crypto import constant_time_compare

from .models import Job


def queue_stats(request):
    if constant_time_compare(request.headers.get("X-Api-Key", ""), settings.INTERNAL_API_KEY):
        return JsonResponse({"pending": Job.objects.filter(state="pending").count()})
    return JsonResponse({"error": "forbidden"}, status=403)
