from flask import Flask
from flask_restx import Api, Resource, fields
from jinja2 import Environment

app = Flask(__name__)
api = Api(app)
env = Environment(autoescape=True)
receipt = api.model("ReceiptTemplate", {"footer": fields.String(required=True), "shop": fields.String(required=True)})


@api.route("/receipts/footer-preview")
class FooterPreview(Resource):
    @api.expect(receipt)
    def post(self):
        footer = env.from_string("{{ shop }}\n" + api.payload["footer"])
        return {"preview": footer.render(shop=api.payload["shop"])}
