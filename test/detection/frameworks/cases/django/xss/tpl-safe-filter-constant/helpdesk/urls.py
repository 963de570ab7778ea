from django.urls import path

from helpdesk import views

urlpatterns = [path("search/", views.search, name="helpdesk-search")]
