from django.db import DatabaseError
from django.http import JsonResponse

from .errors import error_response
from .ledger import post_entry


def post_ledger_entry(request):
    try:
        entry = post_entry(request.user, request.POST)
    except DatabaseError as exc:
        return error_response(exc)
    return JsonResponse({"ok": True, "entry": entry.pk})
