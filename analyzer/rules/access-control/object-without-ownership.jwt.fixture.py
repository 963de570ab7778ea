# flask-jwt-extended: the token's identity is the caller, so a filter on it scopes the lookup.
from flask import Flask
from flask_jwt_extended import get_jwt_identity, jwt_required
from flask_restful import Api, Resource, abort

from billing.models import Invoice

app = Flask(__name__)
api = Api(app)


class OwnInvoice(Resource):
    @jwt_required()
    def get(self, invoice_id):
        invoice = Invoice.query.filter_by(id=invoice_id, owner_id=get_jwt_identity()).first()  # ok: PY-AUTHZ-IDOR
        if invoice is None:
            abort(404)
        return {"id": invoice.id}


class AnyInvoice(Resource):
    @jwt_required()
    def get(self, invoice_id):
        invoice = Invoice.query.filter_by(id=invoice_id).first()  # expect: PY-AUTHZ-IDOR
        if invoice is None:
            abort(404)
        return {"id": invoice.id}


api.add_resource(OwnInvoice, "/invoices/<int:invoice_id>")
api.add_resource(AnyInvoice, "/all-invoices/<int:invoice_id>")
