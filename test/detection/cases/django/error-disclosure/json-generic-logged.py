import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .importer import import_catalogue

logger = logging.getLogger(__name__)


@require_POST
def upload_catalogue(request):
    try:
        count = import_catalogue(request.FILES["catalogue"])
    except Exception as e:
        logger.exception("catalogue import failed: %s", str(e))
        return JsonResponse({"error": "The catalogue could not be imported."}, status=500)
    return JsonResponse({"imported": count})
