from django.contrib.auth.views import PasswordResetView
from django.urls import path
from django.utils.decorators import method_decorator
from django_ratelimit.decorators import ratelimit


@method_decorator(ratelimit(key="ip", rate="5/h", method="POST", block=True), name="post")
@method_decorator(ratelimit(key="post:email", rate="3/h", method="POST", block=True), name="post")
class ThrottledPasswordResetView(PasswordResetView):
    template_name = "accounts/reset.html"


urlpatterns = [path("password-reset/", ThrottledPasswordResetView.as_view(), name="password_reset")]
