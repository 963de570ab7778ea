import logging

from flask import request

log = logging.getLogger("requests")


def log_form():
    log.debug("form submitted to %s: %s", request.path, request.form.to_dict())
