import os

from django import forms
from django.conf import settings
from django.http import FileResponse, Http404


class DownloadForm(forms.Form):
    document = forms.UUIDField()


def download_document(request):
    form = DownloadForm(request.GET)
    if not form.is_valid():
        raise Http404
    path = os.path.join(settings.MEDIA_ROOT, "documents", f"{form.cleaned_data['document']}.pdf")
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)
