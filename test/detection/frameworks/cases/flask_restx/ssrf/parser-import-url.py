import requests
from flask import Flask
from flask_restx import Api, Resource, reqparse

from catalog import import_products

app = Flask(__name__)
api = Api(app)
import_args = reqparse.RequestParser()
import_args.add_argument("source", type=str, required=True, location="json")


@api.route("/catalog/import")
class CatalogImport(Resource):
    @api.expect(import_args)
    def post(self):
        feed = requests.get(import_args.parse_args()["source"], timeout=10)
        return {"imported": import_products(feed.json())}
