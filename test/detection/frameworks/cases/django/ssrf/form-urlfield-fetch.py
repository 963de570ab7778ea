import requests
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Bookmark


class BookmarkForm(forms.Form):
    url = forms.URLField(assume_scheme="https")
    note = forms.CharField(required=False, max_length=200)


@login_required
def add_bookmark(request):
    form = BookmarkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        page = requests.get(form.cleaned_data["url"], timeout=5)
        Bookmark.objects.create(owner=request.user, url=form.cleaned_data["url"], title=page.text[:200], note=form.cleaned_data["note"])
        return redirect("bookmarks")
    return render(request, "bookmarks/add.html", {"form": form})
