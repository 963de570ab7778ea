import traceback

from flask import Flask
from flask_restx import Api

from .namespaces import appointments

app = Flask(__name__)
api = Api(app)
api.add_namespace(appointments)


@api.errorhandler(Exception)
def unhandled(error):
    return {"message": repr(error), "traceback": traceback.format_tb(error.__traceback__)}, 500
