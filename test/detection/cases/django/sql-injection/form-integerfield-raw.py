from django import forms
from django.db import connection
from django.http import JsonResponse


class RangeForm(forms.Form):
    min_price = forms.IntegerField(min_value=0)
    max_price = forms.IntegerField(min_value=0)


def price_range(request):
    form = RangeForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    lo, hi = form.cleaned_data["min_price"], form.cleaned_data["max_price"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, name FROM catalog_product WHERE price_cents BETWEEN {lo} AND {hi}")
        return JsonResponse({"products": cursor.fetchall()})
