import logging
import re

logger = logging.getLogger(__name__)


def login(request):
    username = request.POST.get("username", "")
    logger.warning("failed login for %s", username)  # expect: PY-INJ-LOG
    logger.warning("failed login for %s", re.sub(r"[\r\n]", "", username))  # ok: PY-INJ-LOG
    logger.warning("failed login for %r", username)  # ok: PY-INJ-LOG
    logger.info("login attempt")  # ok: PY-INJ-LOG
    logging.error(f"agent {request.META.get('HTTP_USER_AGENT')}")  # expect: PY-INJ-LOG


def process_exception(request, exception):
    # Django percent-encodes the path and query of get_full_path() and build_absolute_uri(): no CR/LF.
    logger.error("error at <%s %s>", request.method, request.build_absolute_uri())  # ok: PY-INJ-LOG
    logger.error("error at %s", request.get_full_path())  # ok: PY-INJ-LOG
    # request.path is the decoded path: %0d%0a in the URL is a line break here.
    logger.error("error at %s", request.path)  # expect: PY-INJ-LOG


# A client wrapper taking the request first is not a view: its other parameters are what callers
# pass (ids, internal values), not URL kwargs. Only request data read from the request is a source.
def trunk_show(request, trunk_id):
    logger.info("trunk_show(): trunk_id=%s", trunk_id)  # ok: PY-INJ-LOG
    logger.info("trunk_show() asked by %s", request.GET.get("who"))  # expect: PY-INJ-LOG


def hook(request):
    # The peer address is the server's; a mapping or a literal container is logged as its repr.
    logger.info("archive hook from %s", request.META["REMOTE_ADDR"])  # ok: PY-INJ-LOG
    logger.info("archive hook from %s", request.META.get("REMOTE_ADDR"))  # ok: PY-INJ-LOG
    logger.debug("environment: %s", request.META)  # ok: PY-INJ-LOG
    logger.debug("posted: %s", {"list": request.POST.get("list")})  # ok: PY-INJ-LOG
    logger.info("archive hook for %s", request.META.get("HTTP_X_LIST"))  # expect: PY-INJ-LOG
    # A dict given for named conversions is the mapping: its values are printed with str().
    logger.info("archive hook for %(list)s", {"list": request.POST.get("list")})  # expect: PY-INJ-LOG


class _Registry:
    pass


PROVIDERS = _Registry()


def issue_token(request):
    # What the provider's API returns is the server's record: its id is not the consumer the client named.
    consumer = request.GET.get("consumer", "")
    ref = PROVIDERS.oauth_api.create_request_token(consumer, ttl=60)
    logger.info("issued token %s", ref["id"])  # ok: PY-INJ-LOG
    logger.info("issued for consumer %s", consumer)  # expect: PY-INJ-LOG


UserModel = _Registry()


def reset_password(request):
    # Rows of the database the posted address selects: their fields are stored data, not the POST.
    email = request.POST.get("email", "")
    for user in UserModel._default_manager.filter(email__iexact=email, is_active=True):
        logger.info("reset mail not sent to user %s", user.pk)  # ok: PY-INJ-LOG
    logger.info("reset asked for %s", email)  # expect: PY-INJ-LOG
