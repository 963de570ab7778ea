from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect

from .accounts import update_credentials
from .models import Subscriber


@login_required
def change_login(request, pk):
    subscriber = get_object_or_404(Subscriber, pk=pk)
    update_credentials(subscriber, request.POST["email"], request.POST["password"])
    return redirect("newsletter:settings")
