from django import forms
from django.db import connection
from django.shortcuts import redirect, render

from .models import Supplier


class SupplierForm(forms.ModelForm):
    class Meta:
        model = Supplier
        fields = ["name", "country", "contact_email"]


def create_supplier(request):
    form = SupplierForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        supplier = form.save()
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO audit_log (action, detail) VALUES ('supplier.create', %s)",
                [f"{form.cleaned_data['name']} ({form.cleaned_data['country']})"],
            )
        return redirect("supplier-detail", pk=supplier.pk)
    return render(request, "suppliers/form.html", {"form": form})
