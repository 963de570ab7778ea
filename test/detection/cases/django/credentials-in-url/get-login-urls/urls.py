from django.urls import path

from . import views

urlpatterns = [
    path("kiosk/login/", views.kiosk_login, name="kiosk-login"),
]
