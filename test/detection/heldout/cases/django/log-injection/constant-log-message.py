import logging
import time

from django.contrib.auth import logout
from django.shortcuts import redirect

logger = logging.getLogger("accounts")


def sign_out(request):
    started = time.monotonic()
    who = request.GET.get("who", "")
    logout(request)
    logger.info("User logged out")
    logger.debug("logout took %.3fs", time.monotonic() - started)
    return redirect("home" if not who else "goodbye")
