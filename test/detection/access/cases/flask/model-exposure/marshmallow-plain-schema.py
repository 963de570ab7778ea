from flask import Flask, jsonify
from marshmallow import Schema, fields

from models import Event

app = Flask(__name__)


class EventSchema(Schema):
    id = fields.Int()
    title = fields.Str()
    starts_at = fields.DateTime()
    venue = fields.Str()


@app.get("/api/events")
def events():
    return jsonify(EventSchema(many=True).dump(Event.query.filter_by(public=True)))
