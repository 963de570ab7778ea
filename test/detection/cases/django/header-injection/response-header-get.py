from django.http import JsonResponse


def track(request):
    campaign = request.GET.get("campaign", "none")
    response = JsonResponse({"ok": True})
    response["X-Campaign"] = campaign
    return response
