from flask import Flask, g
from flask_httpauth import HTTPTokenAuth
from flask_restful import Api, Resource, abort, reqparse

from keys import store

app = Flask(__name__)
api = Api(app)
auth = HTTPTokenAuth(scheme="Bearer")


@auth.verify_token
def verify(token):
    return store.user_for_token(token)


class ApiKeyList(Resource):
    method_decorators = [auth.login_required]

    def get(self):
        return [{"id": k.id, "label": k.label} for k in store.keys_of(auth.current_user())]

    def post(self):
        parser = reqparse.RequestParser()
        parser.add_argument("label", required=True)
        args = parser.parse_args()
        key = store.create(auth.current_user(), args["label"])
        return {"id": key.id, "secret": key.secret}, 201


class ApiKeyItem(Resource):
    def delete(self, key_id):
        if not store.revoke(key_id):
            abort(404)
        return "", 204


api.add_resource(ApiKeyList, "/keys")
api.add_resource(ApiKeyItem, "/keys/<int:key_id>")
