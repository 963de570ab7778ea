# Django forms and querysets: a ModelForm over every field of a model with privileged fields, and the allowlisted twin.
from django import forms
from django.contrib.auth.decorators import login_required
from django.db import models
from django.shortcuts import redirect, render
from django.urls import path


class Profile(models.Model):
    display_name = models.CharField(max_length=80)
    bio = models.TextField(blank=True)
    plan = models.CharField(max_length=20, default="free")
    is_verified = models.BooleanField(default=False)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        exclude = ["bio"]


class ProfileNamesForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]


@login_required
def edit_profile(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profile")
    return render(request, "profile.html", {"form": form})


@login_required
def edit_names(request):
    form = ProfileNamesForm(request.POST or None, instance=request.user.profile)  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profile")
    return render(request, "profile.html", {"form": form})


@login_required
def save_settings(request):
    changes = request.POST.dict()
    Profile.objects.filter(pk=request.user.profile.pk).update(**changes)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    return redirect("settings")


urlpatterns = [path("profile/", edit_profile), path("names/", edit_names), path("settings/", save_settings)]
