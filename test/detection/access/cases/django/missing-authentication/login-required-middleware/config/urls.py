from django.contrib.auth import views as auth_views
from django.urls import path

from timesheets import views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view()),
    path("timesheets/<int:pk>/submit/", views.submit_timesheet),
]
