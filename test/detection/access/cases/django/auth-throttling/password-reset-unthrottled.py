from django.contrib.auth.views import PasswordResetView
from django.urls import path

urlpatterns = [
    path("password-reset/", PasswordResetView.as_view(template_name="accounts/reset.html"), name="password_reset"),
]
