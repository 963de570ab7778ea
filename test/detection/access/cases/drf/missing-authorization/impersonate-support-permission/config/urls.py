from django.urls import path

from support.views import ImpersonateView

urlpatterns = [path("api/support/impersonate/", ImpersonateView.as_view())]
