from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import literal_column, select

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///events.db"
db = SQLAlchemy(app)


class Event(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200))
    starts_at = db.Column(db.DateTime)


@app.get("/events")
def list_events():
    order = request.args.get("order", "starts_at")
    rows = db.session.execute(select(Event.id, Event.title).order_by(literal_column(order))).all()
    return jsonify([{"id": r.id, "title": r.title} for r in rows])
