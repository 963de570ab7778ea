from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

app_name = "shop"
urlpatterns = [
    path("orders/", login_required(views.order_list), name="order-list"),
    path("orders/<int:pk>/", login_required(views.order_detail), name="order-detail"),
    path("orders/<int:pk>/cancel/", views.cancel_order, name="order-cancel"),
]
