from defusedxml.lxml import parse
from flask import Flask
from flask_restful import Api, Resource, reqparse
from werkzeug.datastructures import FileStorage

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("invoice", type=FileStorage, location="files", required=True)


class InvoiceImport(Resource):
    def post(self):
        upload = parser.parse_args()["invoice"]
        doc = parse(upload.stream)
        return {"number": doc.findtext("//InvoiceNumber"), "total": doc.findtext("//Total")}


api.add_resource(InvoiceImport, "/invoices/import")
