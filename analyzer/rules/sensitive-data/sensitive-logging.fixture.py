import logging

from flask import current_app, request

logger = logging.getLogger(__name__)


def login(request):
    username = request.POST["username"]
    password = request.POST["password"]
    logger.info("login %s with %s", username, password)  # expect: PY-DATA-SENSITIVE-LOG
    logger.info("login attempt for %s", username)  # ok: PY-DATA-SENSITIVE-LOG
    logger.debug("password length %d", len(password))  # ok: PY-DATA-SENSITIVE-LOG
    logging.warning(f"body: {request.POST}")  # expect: PY-DATA-SENSITIVE-LOG
    print("password was", password)  # expect: PY-DATA-SENSITIVE-LOG


def api():
    token = request.headers.get("Authorization")
    current_app.logger.info("token %s", token)  # expect: PY-DATA-SENSITIVE-LOG
    current_app.logger.info("token prefix %s", token[:6])  # ok: PY-DATA-SENSITIVE-LOG
    card_number = request.json["card_number"]
    logger.info("charging card %s", card_number)  # expect: PY-DATA-SENSITIVE-LOG
    logger.info("charging card ending %s", card_number[-4:])  # ok: PY-DATA-SENSITIVE-LOG
    logger.info("headers: %s", dict(request.headers))  # expect: PY-DATA-SENSITIVE-LOG
    logger.info("user agent %s", request.headers.get("User-Agent"))  # ok: PY-DATA-SENSITIVE-LOG
    logger.info("reset password requested")  # ok: PY-DATA-SENSITIVE-LOG


def create_tables(meta):
    # A table named for credentials is a schema object, not a credential.
    application_credential = sql.Table("application_credential", meta)
    for table in [application_credential]:
        logger.error("Exception while creating table: %r", table)  # ok: PY-DATA-SENSITIVE-LOG
    api_token = make_api_token()
    logger.info("issued %s", api_token)  # expect: PY-DATA-SENSITIVE-LOG
