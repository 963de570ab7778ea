import logging

audit = logging.getLogger("audit")


def record_api_key_created(user, key) -> None:
    audit.info("api key %s (%s) created by %s", key.pk, key.label, user.username)
