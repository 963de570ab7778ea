from flask import Flask, jsonify
from flask_login import current_user, login_required
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    display_name = db.Column(db.String(80))
    email = db.Column(db.String(255))
    signup_ip = db.Column(db.String(45))
    admin_notes = db.Column(db.Text)
    fraud_flag = db.Column(db.Boolean, default=False)


@app.get("/members/<int:member_id>")
@login_required
def member_profile(member_id):
    member = Member.query.get_or_404(member_id)
    return jsonify({c.name: getattr(member, c.name) for c in member.__table__.columns})
