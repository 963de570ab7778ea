from flask import Flask
from flask_restx import Api, Resource, fields
from jinja2 import Environment

app = Flask(__name__)
api = Api(app)
env = Environment(autoescape=True)
FOOTER = env.from_string("{{ shop }}\n{{ footer }}")
receipt = api.model("ReceiptTemplate", {"footer": fields.String(required=True), "shop": fields.String(required=True)})


@api.route("/receipts/footer-preview")
class FooterPreview(Resource):
    @api.expect(receipt)
    def post(self):
        return {"preview": FOOTER.render(shop=api.payload["shop"], footer=api.payload["footer"])}
