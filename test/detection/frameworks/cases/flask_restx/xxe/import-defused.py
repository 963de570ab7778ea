import defusedxml.ElementTree as DET
from flask import Flask, request
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


@api.route("/catalogue/import")
class CatalogueImport(Resource):
    def post(self):
        tree = DET.parse(request.files["catalogue"].stream)
        return {"products": len(tree.findall(".//product"))}
