from django.http import HttpResponse
from django.urls import path

from .exports import build_csv


def export_orders(request, export_name):
    response = HttpResponse(build_csv(request.user), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="%s.csv"' % export_name
    return response


urlpatterns = [path("exports/<str:export_name>/", export_orders)]
