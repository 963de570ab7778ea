from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Merchant(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))
    webhook_url = db.Column(db.String(300))
    signing_secret = db.Column(db.String(64))

    def to_dict(self):
        return {"id": self.id, "name": self.name, "webhook_url": self.webhook_url, "signing_secret_hint": self.signing_secret[:4] + "…"}
