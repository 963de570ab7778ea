from flask import Flask, request, send_from_directory
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)
EXPORTS = "/srv/exports"


class Export(Resource):
    def get(self):
        return send_from_directory(EXPORTS, request.args["file"], as_attachment=True)


api.add_resource(Export, "/exports")
