import subprocess

from django import forms
from django.http import JsonResponse


class InviteForm(forms.Form):
    email = forms.EmailField()


def send_invite(request):
    form = InviteForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    subprocess.run(["/usr/local/bin/send-invite", "--", form.cleaned_data["email"]], check=True)
    return JsonResponse({"invited": form.cleaned_data["email"]})
