from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import SharedDocument


class SharedDocumentForm(forms.ModelForm):
    class Meta:
        model = SharedDocument
        fields = ["title", "file"]


@login_required
def share_document(request):
    form = SharedDocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        doc = form.save(commit=False)
        doc.owner = request.user
        doc.save()
        return redirect(doc.file.url)
    return render(request, "documents/share.html", {"form": form})
