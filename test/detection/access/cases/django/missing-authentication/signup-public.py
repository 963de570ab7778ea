from django import forms
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=12)


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = get_user_model().objects.create_user(
            username=form.cleaned_data["email"], email=form.cleaned_data["email"], password=form.cleaned_data["password"]
        )
        login(request, user)
        return redirect("account")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def account(request):
    return render(request, "accounts/account.html")
