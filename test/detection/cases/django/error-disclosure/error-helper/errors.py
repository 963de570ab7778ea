from django.http import JsonResponse


def error_response(exc: BaseException, status: int = 500) -> JsonResponse:
    return JsonResponse({"ok": False, "detail": repr(exc)}, status=status)
