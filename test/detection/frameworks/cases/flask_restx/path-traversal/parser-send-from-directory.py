from flask import Flask, send_from_directory
from flask_restx import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
REPORTS = "/srv/reports"
download_args = reqparse.RequestParser()
download_args.add_argument("name", type=str, required=True, location="args")


@api.route("/reports/download")
class ReportDownload(Resource):
    @api.expect(download_args)
    def get(self):
        name = download_args.parse_args()["name"]
        return send_from_directory(REPORTS, name, as_attachment=True)
