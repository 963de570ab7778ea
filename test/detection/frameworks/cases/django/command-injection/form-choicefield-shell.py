import subprocess

from django import forms
from django.http import HttpResponse


class CompressForm(forms.Form):
    level = forms.ChoiceField(choices=[("1", "fast"), ("6", "default"), ("9", "best")])


def compress_backup(request):
    form = CompressForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    subprocess.run(f"gzip -{form.cleaned_data['level']} -k /var/backups/db.sql", shell=True, check=True)
    return HttpResponse("compressed")
