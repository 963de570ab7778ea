import requests
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import RateSnapshot

SOURCES = {
    "ecb": "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
    "boe": "https://www.bankofengland.co.uk/boeapps/database/rates.xml",
}


class RatesForm(forms.Form):
    source = forms.ChoiceField(choices=[(k, k.upper()) for k in SOURCES])


@login_required
def refresh_rates(request):
    form = RatesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        page = requests.get(SOURCES[form.cleaned_data["source"]], timeout=5)
        RateSnapshot.objects.create(source=form.cleaned_data["source"], body=page.text)
        return redirect("rates")
    return render(request, "rates/refresh.html", {"form": form})
