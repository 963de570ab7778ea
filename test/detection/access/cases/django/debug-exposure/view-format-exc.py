import traceback

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse

from .importer import import_contacts


@login_required
def upload_contacts(request):
    try:
        count = import_contacts(request.user, request.FILES["file"])
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500, content_type="text/plain")
    return JsonResponse({"imported": count})
