import subprocess

from django import forms
from django.http import HttpResponse


class CompressForm(forms.Form):
    dump_name = forms.CharField(max_length=64)


def compress_backup(request):
    form = CompressForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    subprocess.run(f"gzip -k /var/backups/{form.cleaned_data['dump_name']}", shell=True, check=True)
    return HttpResponse("compressed")
