# assay-fixture: path=projects/views.py
from django import forms
from django.core.validators import FileExtensionValidator
from django.db import models
from django.http import FileResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect


class Attachment(models.Model):
    file = models.FileField(upload_to="attachments/")
    scan = models.FileField(upload_to="scans/")
    original_name = models.CharField(max_length=200)


class SharedDocument(models.Model):
    file = models.FileField(upload_to="shared/%Y/%m/")
    checked = models.FileField(upload_to="shared/", validators=[FileExtensionValidator(["pdf"])])


class SharedDocumentForm(forms.ModelForm):
    class Meta:
        model = SharedDocument
        fields = ["file", "checked"]


def add_attachment(request):
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("no file")
    attachment = Attachment.objects.create(file=upload, original_name=upload.name)  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return JsonResponse({"id": attachment.pk}, status=201)


def add_scan(request):
    # Served only as an attachment below: the browser never renders it.
    scan = Attachment.objects.create(scan=request.FILES["scan"])  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return JsonResponse({"id": scan.pk}, status=201)


def download_attachment(request, pk):
    attachment = get_object_or_404(Attachment, pk=pk)
    return FileResponse(attachment.file.open("rb"), filename=attachment.original_name)


def download_scan(request, pk):
    attachment = get_object_or_404(Attachment, pk=pk)
    return FileResponse(attachment.scan.open("rb"), as_attachment=True, content_type="application/octet-stream")


def share_document(request):
    form = SharedDocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        doc = form.save(commit=False)  # expect: PY-UPLOAD-SERVED-ANY-TYPE
        doc.save()
        return redirect(doc.file.url)
    return JsonResponse({"errors": form.errors}, status=400)


def share_checked(request):
    form = SharedDocumentForm(request.POST, request.FILES)
    if form.is_valid():
        doc = form.save()  # ok: PY-UPLOAD-SERVED-ANY-TYPE
        return redirect(doc.checked.url)
    return JsonResponse({"errors": form.errors}, status=400)
