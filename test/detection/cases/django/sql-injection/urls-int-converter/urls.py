from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("customers/<int:pk>/spend/", views.customer_spend, name="customer-spend"),
]
