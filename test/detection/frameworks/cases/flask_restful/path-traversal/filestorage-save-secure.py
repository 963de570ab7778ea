import os

from flask import Flask
from flask_restful import Api, Resource, reqparse
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = Api(app)
upload_args = reqparse.RequestParser()
upload_args.add_argument("file", type=FileStorage, location="files", required=True)


class Attachments(Resource):
    def post(self):
        upload = upload_args.parse_args()["file"]
        name = secure_filename(upload.filename)
        upload.save(os.path.join("/srv/attachments", name))
        return {"saved": name}, 201


api.add_resource(Attachments, "/attachments")
