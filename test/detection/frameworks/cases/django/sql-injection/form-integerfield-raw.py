from django import forms
from django.db import connection
from django.shortcuts import render


class VendorLookupForm(forms.Form):
    vendor_no = forms.IntegerField(min_value=1)


def vendor_lookup(request):
    form = VendorLookupForm(request.GET or None)
    vendors = []
    if form.is_valid():
        with connection.cursor() as cur:
            cur.execute(f"SELECT id, name FROM purchasing_vendor WHERE vendor_no = {form.cleaned_data['vendor_no']}")
            vendors = cur.fetchall()
    return render(request, "purchasing/vendor_lookup.html", {"form": form, "vendors": vendors})
