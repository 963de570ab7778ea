import requests
from flask import Flask
from flask_restx import Api, Resource, reqparse

from catalog import import_products

app = Flask(__name__)
api = Api(app)
PARTNER_FEEDS = {
    "acme": "https://feeds.acme.example/products.json",
    "globex": "https://api.globex.example/v2/catalog",
}
import_args = reqparse.RequestParser()
import_args.add_argument("partner", type=str, required=True, choices=tuple(PARTNER_FEEDS), location="json")


@api.route("/catalog/import")
class CatalogImport(Resource):
    @api.expect(import_args)
    def post(self):
        feed = requests.get(PARTNER_FEEDS[import_args.parse_args()["partner"]], timeout=10)
        return {"imported": import_products(feed.json())}
