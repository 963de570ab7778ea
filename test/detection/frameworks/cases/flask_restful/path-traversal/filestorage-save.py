from flask import Flask
from flask_restful import Api, Resource, reqparse
from werkzeug.datastructures import FileStorage

app = Flask(__name__)
api = Api(app)
upload_args = reqparse.RequestParser()
upload_args.add_argument("file", type=FileStorage, location="files", required=True)


class Attachments(Resource):
    def post(self):
        upload = upload_args.parse_args()["file"]
        upload.save("/srv/attachments/" + upload.filename)
        return {"saved": upload.filename}, 201


api.add_resource(Attachments, "/attachments")
