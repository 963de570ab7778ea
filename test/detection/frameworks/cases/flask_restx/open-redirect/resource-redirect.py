from flask import Flask, redirect, request
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


@api.route("/track/click")
class Click(Resource):
    def get(self):
        app.logger.debug("click recorded")
        return redirect(request.args["continue"])
