from django.http import Http404
from django.shortcuts import get_object_or_404, render

from .models import Subscription


def unsubscribe(request, pk):
    sub = get_object_or_404(Subscription, pk=pk)
    if request.GET.get("t") != sub.unsubscribe_token:
        raise Http404
    sub.active = False
    sub.save(update_fields=["active"])
    return render(request, "mail/unsubscribed.html", {"sub": sub})
