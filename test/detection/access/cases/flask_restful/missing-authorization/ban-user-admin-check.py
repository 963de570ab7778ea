from flask import Flask
from flask_jwt_extended import JWTManager, current_user, jwt_required
from flask_restful import Api, Resource, abort

from forum.models import User, db

app = Flask(__name__)
app.config.from_prefixed_env()
db.init_app(app)
jwt = JWTManager(app)
api = Api(app, decorators=[jwt_required()])


@jwt.user_lookup_loader
def load_user(_header, payload):
    return db.session.get(User, int(payload["sub"]))


class Profile(Resource):
    def get(self):
        return {"id": current_user.id, "name": current_user.name}


class UserBan(Resource):
    def post(self, user_id):
        if not current_user.is_admin:
            abort(403, message="administrators only")
        user = db.session.get(User, user_id)
        if user is None:
            abort(404)
        user.banned = True
        db.session.commit()
        return {"banned": user_id}


api.add_resource(Profile, "/me")
api.add_resource(UserBan, "/moderation/users/<int:user_id>/ban")
