import traceback

from flask import Flask, current_app
from flask_restful import Api


class ReportingApi(Api):
    def handle_error(self, e):
        if getattr(e, "code", 500) < 500:
            return super().handle_error(e)  # ok: PY-DATA-ERROR-DETAILS
        return {"message": str(e), "trace": traceback.format_exc()}, 500  # expect: PY-DATA-ERROR-DETAILS


class QuietApi(Api):
    def handle_error(self, e):
        current_app.logger.exception("unhandled API error")
        return {"message": "internal server error"}, 500  # ok: PY-DATA-ERROR-DETAILS


app = Flask(__name__)
api = ReportingApi(app)
