from django.urls import path

from reports import views

urlpatterns = [
    path("reports/", views.save_report, name="report-save"),
    path("reports/<int:pk>/run/", views.run_report, name="report-run"),
]
