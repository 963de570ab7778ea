from django import forms
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render


class RegistrationForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput)
    password_again = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") != data.get("password_again"):
            raise forms.ValidationError("The two passwords differ.")
        return data


def register(request):
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        get_user_model().objects.create_user(form.cleaned_data["username"], password=form.cleaned_data["password"])
        return redirect("login")
    return render(request, "register.html", {"form": form})
