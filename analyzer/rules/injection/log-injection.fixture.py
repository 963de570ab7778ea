import logging
import re

logger = logging.getLogger(__name__)


def login(request):
    username = request.POST.get("username", "")
    logger.warning("failed login for %s", username)  # expect: PY-INJ-LOG
    logger.warning("failed login for %s", re.sub(r"[\r\n]", "", username))  # ok: PY-INJ-LOG
    logger.info("login attempt")  # ok: PY-INJ-LOG
    logging.error(f"agent {request.META.get('HTTP_USER_AGENT')}")  # expect: PY-INJ-LOG
