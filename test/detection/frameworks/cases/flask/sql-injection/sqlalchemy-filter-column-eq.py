from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://crm@db/crm"
db = SQLAlchemy(app)


class Contact(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    company = db.Column(db.String(120))
    email = db.Column(db.String(255))


@app.get("/contacts")
def contacts():
    company = request.args.get("company", "")
    rows = Contact.query.filter(Contact.company == company).order_by(Contact.email).all()
    return jsonify([{"id": c.id, "email": c.email} for c in rows])
