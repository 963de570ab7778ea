from django.http import Http404, JsonResponse

from .partners import tracking_status


def track(request):
    try:
        data = tracking_status(request.GET["carrier"], request.GET["number"])
    except (KeyError, ValueError):
        raise Http404("unknown carrier")
    return JsonResponse(data)
