from flask import Flask, request
from flask_restx import Api, Resource
from lxml import etree

app = Flask(__name__)
api = Api(app)


@api.route("/catalogue/import")
class CatalogueImport(Resource):
    def post(self):
        parser = etree.XMLParser(resolve_entities=True)
        tree = etree.parse(request.files["catalogue"].stream, parser)
        return {"products": len(tree.findall(".//product"))}
