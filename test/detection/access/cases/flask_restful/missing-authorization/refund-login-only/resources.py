from flask_jwt_extended import get_jwt_identity, jwt_required
from flask_restful import Resource, abort

from billing import gateway, ledger
from guards import back_office


class PaymentList(Resource):
    method_decorators = [jwt_required()]

    def get(self):
        return [p.to_public() for p in ledger.payments_of(get_jwt_identity())]


class Refund(Resource):
    method_decorators = [back_office, jwt_required()]

    def post(self, payment_id):
        payment = ledger.get(payment_id)
        if payment is None:
            abort(404)
        gateway.refund(payment.charge_id, payment.amount)
        ledger.mark_refunded(payment_id)
        return {"refunded": payment_id}
