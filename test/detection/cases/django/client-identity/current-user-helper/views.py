from django.http import HttpResponseForbidden, JsonResponse

from .identity import current_user
from .models import Document


def delete_document(request, pk):
    user = current_user(request)
    if user is None or not user.has_perm("docs.delete_document"):
        return HttpResponseForbidden()
    Document.objects.filter(pk=pk).delete()
    return JsonResponse({"deleted": pk})
