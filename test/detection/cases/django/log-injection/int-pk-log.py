import logging

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger("orders")


def cancel_order(request, order_id):
    log.info("order %d cancelled by user %d", order_id, request.user.pk)
    return JsonResponse({"cancelled": order_id})


urlpatterns = [path("orders/<int:order_id>/cancel/", cancel_order)]
