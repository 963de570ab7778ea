import logging

from flask import request

log = logging.getLogger("requests")
HIDDEN = ("password", "token", "secret", "card")


def log_form():
    fields = {k: "***" if any(h in k.lower() for h in HIDDEN) else v for k, v in request.form.items()}
    log.debug("form submitted to %s: %s", request.path, fields)
