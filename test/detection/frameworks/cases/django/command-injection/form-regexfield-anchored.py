import subprocess

from django import forms
from django.http import HttpResponseBadRequest, JsonResponse


class DigForm(forms.Form):
    hostname = forms.RegexField(regex=r"\A[a-z0-9.-]+\Z", max_length=253)


def dig_lookup(request):
    form = DigForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad hostname")
    out = subprocess.run(f"dig +short {form.cleaned_data['hostname']}", shell=True, capture_output=True, text=True, timeout=10)
    return JsonResponse({"answers": out.stdout.split()})
