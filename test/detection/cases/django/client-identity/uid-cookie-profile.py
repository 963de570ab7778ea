from django.shortcuts import get_object_or_404, render

from .models import Account


def my_account(request):
    account = get_object_or_404(Account, pk=request.COOKIES["uid"])
    return render(request, "account/detail.html", {"account": account, "cards": account.cards.all()})
