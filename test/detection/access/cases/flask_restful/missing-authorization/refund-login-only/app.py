from flask import Flask
from flask_jwt_extended import JWTManager
from flask_restful import Api

from resources import PaymentList, Refund

app = Flask(__name__)
app.config.from_prefixed_env()
JWTManager(app)
api = Api(app, prefix="/api")
api.add_resource(PaymentList, "/payments")
api.add_resource(Refund, "/admin/payments/<int:payment_id>/refund")
