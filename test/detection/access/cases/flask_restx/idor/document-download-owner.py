from flask import Flask, send_file
from flask_jwt_extended import JWTManager, current_user, jwt_required
from flask_restx import Api, Resource, abort

from docs.models import Document, User, db

app = Flask(__name__)
app.config.from_prefixed_env()
db.init_app(app)
jwt = JWTManager(app)
api = Api(app)


@jwt.user_lookup_loader
def load_user(_header, payload):
    return db.session.get(User, int(payload["sub"]))


@api.route("/documents/<int:doc_id>/file")
class DocumentFile(Resource):
    @jwt_required()
    def get(self, doc_id):
        doc = Document.query.filter_by(id=doc_id, owner_id=current_user.id).first()
        if doc is None:
            abort(404)
        return send_file(doc.storage_path, download_name=doc.filename, as_attachment=True)
