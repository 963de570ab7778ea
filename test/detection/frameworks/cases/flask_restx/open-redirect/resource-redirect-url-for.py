from flask import Flask, redirect, request, url_for
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
TARGETS = {"home": "index", "pricing": "pricing_page"}


@app.route("/")
def index():
    return "home"


@app.route("/pricing")
def pricing_page():
    return "pricing"


@api.route("/track/click")
class Click(Resource):
    def get(self):
        endpoint = TARGETS.get(request.args.get("continue", "home"), "index")
        return redirect(url_for(endpoint))
