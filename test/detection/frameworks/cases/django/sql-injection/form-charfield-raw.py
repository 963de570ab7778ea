from django import forms
from django.db import connection
from django.shortcuts import render


class VendorSearchForm(forms.Form):
    vat_number = forms.CharField(max_length=20)


def vendor_search(request):
    form = VendorSearchForm(request.GET or None)
    vendors = []
    if form.is_valid():
        with connection.cursor() as cur:
            cur.execute(f"SELECT id, name FROM purchasing_vendor WHERE vat_number = '{form.cleaned_data['vat_number']}'")
            vendors = cur.fetchall()
    return render(request, "purchasing/vendor_search.html", {"form": form, "vendors": vendors})
