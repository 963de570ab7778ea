from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restful import Api, Resource

from .models import Note, db

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app, decorators=[jwt_required()])
JWTManager(app)


class NoteResource(Resource):
    def delete(self, note_id):
        note = Note.query.get_or_404(note_id)
        db.session.delete(note)
        db.session.commit()
        return "", 204


api.add_resource(NoteResource, "/notes/<int:note_id>")
