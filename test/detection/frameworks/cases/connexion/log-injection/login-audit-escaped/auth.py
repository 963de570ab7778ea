import logging

from accounts import check_password, issue_token

logger = logging.getLogger(__name__)


def login(body):
    username = body["username"]
    if not check_password(username, body["password"]):
        logger.warning("failed login for user %r", username)
        return {"detail": "invalid credentials"}, 401
    return {"token": issue_token(username)}
