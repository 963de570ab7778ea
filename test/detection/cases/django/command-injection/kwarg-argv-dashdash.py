import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.urls import path


@staff_member_required
def package_info(request, name):
    proc = subprocess.run(["apt-cache", "show", "--", name], capture_output=True, text=True, timeout=20)
    return HttpResponse(proc.stdout, content_type="text/plain")


urlpatterns = [path("admin/packages/<str:name>/", package_info)]
