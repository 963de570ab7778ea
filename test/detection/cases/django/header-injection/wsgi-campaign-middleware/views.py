from django.http import JsonResponse


def landing(request):
    return JsonResponse({"campaign": request.GET.get("utm_campaign", "")})
