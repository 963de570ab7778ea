import logging

_audit = logging.getLogger("shop.audit")


def record(event, actor, detail):
    _audit.warning("event=%s actor=%s detail=%s", event, actor, detail)
