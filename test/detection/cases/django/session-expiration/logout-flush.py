from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect


@login_required
def sign_out(request):
    request.session.flush()
    return redirect("home")
