from flask import Flask, redirect, session, url_for
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("tab", type=str, location="args", choices=("repos", "settings"), default="repos")


class ConnectDone(Resource):
    def get(self):
        session["github_connected"] = True
        return redirect(url_for("integrations", tab=parser.parse_args()["tab"]))


@app.route("/integrations")
def integrations():
    return "integrations"


api.add_resource(ConnectDone, "/integrations/github/done")
