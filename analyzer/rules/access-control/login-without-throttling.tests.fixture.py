# assay-fixture: path=portal/test/urls.py
# The URLconf of the project's own test settings: not what a deployment routes.
from django.contrib.auth import views as auth_views
from django.urls import path

urlpatterns = [
    path("auth/login/", auth_views.LoginView.as_view()),  # ok: PY-AUTH-NO-THROTTLE
]
