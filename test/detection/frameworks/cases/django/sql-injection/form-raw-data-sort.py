from django import forms
from django.shortcuts import render

from .models import Invoice


class InvoiceFilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("open", "Open"), ("paid", "Paid")], required=False)
    sort = forms.ChoiceField(choices=[("issued_on", "Date"), ("total", "Total")], required=False)


def invoice_list(request):
    form = InvoiceFilterForm(request.GET)
    invoices = []
    if form.is_valid():
        order = form.data.get("sort") or "issued_on"
        invoices = Invoice.objects.raw(f"SELECT * FROM billing_invoice WHERE status = %s ORDER BY {order}", [form.cleaned_data["status"] or "open"])
    return render(request, "billing/invoices.html", {"form": form, "invoices": invoices})
