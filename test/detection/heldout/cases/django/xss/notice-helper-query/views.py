from django.conf import settings

from .notices import render_notice


def shop_closed(request):
    if settings.SHOP_OPEN:
        return render_notice("Open", "The shop is open.")
    return render_notice("Closed for inventory", request.GET.get("reason", "We will be back on Monday."), status=503)
