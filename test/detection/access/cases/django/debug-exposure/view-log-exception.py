import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .importer import import_contacts

log = logging.getLogger(__name__)


@login_required
def upload_contacts(request):
    try:
        count = import_contacts(request.user, request.FILES["file"])
    except Exception:
        log.exception("contact import failed for user %s", request.user.pk)
        return JsonResponse({"error": "The file could not be imported."}, status=500)
    return JsonResponse({"imported": count})
