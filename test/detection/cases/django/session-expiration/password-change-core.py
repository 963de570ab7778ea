from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render


class NewPasswordForm(forms.Form):
    current = forms.CharField(widget=forms.PasswordInput)
    new = forms.CharField(widget=forms.PasswordInput, min_length=12)


@login_required
def change_password(request):
    form = NewPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not request.user.check_password(form.cleaned_data["current"]):
            form.add_error("current", "Wrong password")
        else:
            request.user.set_password(form.cleaned_data["new"])
            request.user.save()
            return redirect("login")
    return render(request, "accounts/change_password.html", {"form": form})
