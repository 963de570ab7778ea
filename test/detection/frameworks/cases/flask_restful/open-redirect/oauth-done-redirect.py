from flask import Flask, redirect, session
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("redirect_uri", type=str, location="args", default="/")


class ConnectDone(Resource):
    def get(self):
        session["github_connected"] = True
        return redirect(parser.parse_args()["redirect_uri"])


api.add_resource(ConnectDone, "/integrations/github/done")
