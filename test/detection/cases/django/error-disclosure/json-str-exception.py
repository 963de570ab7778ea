from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .importer import import_catalogue


@require_POST
def upload_catalogue(request):
    try:
        count = import_catalogue(request.FILES["catalogue"])
    except Exception as e:
        return JsonResponse({"error": str(e)}, status=500)
    return JsonResponse({"imported": count})
