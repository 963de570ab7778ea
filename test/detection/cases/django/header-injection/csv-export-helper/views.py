from django.contrib.auth.decorators import login_required

from exports import csv_response
from ledger.models import Entry


@login_required
def export_entries(request):
    rows = Entry.objects.filter(account=request.user.account).values_list("date", "label", "amount")
    name = request.GET.get("name", "entries")
    return csv_response(rows, name, header=["date", "label", "amount"])
