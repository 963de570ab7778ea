import csv

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.http import HttpResponse


@staff_member_required
def export_users(request):
    resp = HttpResponse(content_type="text/csv")
    writer = csv.writer(resp)
    for user in get_user_model().objects.order_by("pk").values_list("pk", "email", "date_joined"):
        writer.writerow(user)
    return resp
