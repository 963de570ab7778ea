import sqlite3

from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Device(Resource):
    def put(self, device_id):
        body = request.get_json(force=True)
        conn = sqlite3.connect("fleet.db")
        conn.execute(
            "UPDATE devices SET label = ?, location = ? WHERE id = ?", (body["label"], body["location"], device_id)
        )
        conn.commit()
        return {"id": device_id, "label": body["label"]}


api.add_resource(Device, "/devices/<int:device_id>")
