from django.contrib.auth import logout
from django.shortcuts import redirect

from .utils import safe_next


def logout_view(request):
    logout(request)
    return redirect(safe_next(request))
