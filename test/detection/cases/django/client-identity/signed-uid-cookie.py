from django.core.signing import BadSignature
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render

from .models import Account


def my_account(request):
    try:
        uid = request.get_signed_cookie("uid", salt="account-uid", max_age=3600)
    except (KeyError, BadSignature):
        return HttpResponseRedirect("/login/")
    account = get_object_or_404(Account, pk=uid)
    return render(request, "account/detail.html", {"account": account, "cards": account.cards.all()})
