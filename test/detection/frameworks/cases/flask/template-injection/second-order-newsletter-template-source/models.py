from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Newsletter(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    subject = db.Column(db.String(200), nullable=False)
    body = db.Column(db.Text, nullable=False)
