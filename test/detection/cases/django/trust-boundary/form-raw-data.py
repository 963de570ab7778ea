from django import forms
from django.shortcuts import redirect, render


class GiftForm(forms.Form):
    recipient = forms.CharField(max_length=80)
    wrap = forms.ChoiceField(choices=[("none", "None"), ("paper", "Paper"), ("box", "Box")])


def gift_options(request):
    form = GiftForm(request.POST or None)
    if request.method == "POST":
        request.session["gift_recipient"] = form.data.get("recipient", "")
        if form.is_valid():
            request.session["gift_wrap"] = form.cleaned_data["wrap"]
        return redirect("checkout:review")
    return render(request, "checkout/gift.html", {"form": form})
