import logging
import traceback

import connexion

log = logging.getLogger(__name__)
app = connexion.App(__name__, specification_dir=".")


def internal_error(exception):
    return {"title": "Internal Server Error", "status": 500, "detail": traceback.format_exc()}, 500  # expect: PY-DATA-ERROR-DETAILS


def logged_error(exception):
    log.exception("unhandled")
    return {"title": "Internal Server Error", "status": 500}, 500  # ok: PY-DATA-ERROR-DETAILS


app.add_error_handler(Exception, internal_error)
app.add_error_handler(KeyError, logged_error)
