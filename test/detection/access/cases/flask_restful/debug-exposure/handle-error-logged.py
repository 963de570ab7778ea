import traceback

from flask import Flask, current_app
from flask_restful import Api

from .resources import ReportResource


class ReportingApi(Api):
    def handle_error(self, e):
        if getattr(e, "code", 500) < 500:
            return super().handle_error(e)
        current_app.logger.exception("unhandled API error")
        return {"message": "internal server error"}, 500


app = Flask(__name__)
api = ReportingApi(app)
api.add_resource(ReportResource, "/reports/<string:name>")
