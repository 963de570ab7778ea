import logging

audit = logging.getLogger("audit")


def record_api_key_created(user, key) -> None:
    audit.info("api key created by %s: %s", user.username, key.secret)
