from django.urls import path, re_path

from . import views

urlpatterns = [
    re_path(r"^collections/(?P<name>.+)/$", views.collection, name="collection"),
]
