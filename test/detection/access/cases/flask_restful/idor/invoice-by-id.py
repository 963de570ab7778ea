from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restful import Api, Resource, abort
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "set-from-env"
db = SQLAlchemy(app)
api = Api(app)
JWTManager(app)


class Invoice(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner_id = db.Column(db.Integer, nullable=False)
    total = db.Column(db.Numeric)


class InvoiceResource(Resource):
    @jwt_required()
    def get(self, invoice_id):
        invoice = Invoice.query.get_or_404(invoice_id)
        return {"id": invoice.id, "total": str(invoice.total)}


api.add_resource(InvoiceResource, "/invoices/<int:invoice_id>")
