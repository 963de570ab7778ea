from flask import Flask, render_template_string
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


@api.route("/notifications/preview")
class NotificationPreview(Resource):
    def post(self):
        html = render_template_string(api.payload["template"], user={"name": "Sam"})
        return {"html": html}
