from django import forms
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render


class NewPasswordForm(forms.Form):
    new_password = forms.CharField(widget=forms.PasswordInput, min_length=10)


def admin_reset_password(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    form = NewPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user.password = form.cleaned_data["new_password"]
        user.save(update_fields=["password"])
        return redirect("staff:user-detail", user_id=user.pk)
    return render(request, "staff/reset_password.html", {"form": form, "target": user})
