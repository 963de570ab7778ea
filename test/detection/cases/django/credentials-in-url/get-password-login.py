from django.contrib.auth import authenticate, login
from django.http import JsonResponse


def quick_login(request):
    user = authenticate(request, username=request.GET.get("user"), password=request.GET.get("password"))
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})
